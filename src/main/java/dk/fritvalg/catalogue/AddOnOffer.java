package dk.fritvalg.catalogue;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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

    /** The weekdays on which every one of the offers can come (all seven for none). */
    public static Set<DayOfWeek> commonWeekdays(Collection<AddOnOffer> offers) {
        Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
        offers.forEach(offer -> days.retainAll(offer.weekdays()));
        return days;
    }

    /**
     * The time windows every one of the offers has, in the first offer's order. Windows must match
     * exactly: one visit delivers them all, so it needs one window they all allow.
     */
    public static List<TimeWindow> commonWindows(Collection<AddOnOffer> offers) {
        Set<TimeWindow> windows = null;
        for (AddOnOffer offer : offers) {
            if (windows == null) {
                windows = new LinkedHashSet<>(offer.timeWindows());
            } else {
                windows.retainAll(offer.timeWindows());
            }
        }
        return windows == null ? List.of() : List.copyOf(windows);
    }
}
