package dk.fritvalg.catalogue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * An add-on as the catalogue defines it. Prices are in øre including VAT; a municipal provider's
 * price is cost-based (no profit), which the catalogue marks.
 */
public record AddOnOffer(
        String name,
        AddOnCategory category,
        String description,
        Integer durationMinutes,
        AddOnUnit unit,
        long priceOre,
        int vatRatePercent,
        int leadTimeDays,
        Set<DayOfWeek> weekdays,
        List<TimeWindow> timeWindows,
        Set<Recurrence> recurring,
        Eligibility eligibility,
        Integer capacityPerSlot,
        Set<String> postcodes) {
}
