package dk.fritvalg.survey;

import java.time.LocalDate;
import java.util.List;

/** A survey campaign as staff see it. */
public record Campaign(long id, long version, long municipalityId, String name, String periodLabel, LocalDate opensOn, LocalDate closesOn,
                       LocalDate populationDate, List<Long> serviceAreaIds, Integer samplePerProvider, int reminderAfterDays,
                       int maxReminders, CampaignStatus status) {

    /** Whether answers are taken on the day. */
    public boolean openOn(LocalDate day) {
        return status == CampaignStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
