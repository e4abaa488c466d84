package dk.fritvalg.settlement;

import java.time.Instant;

/**
 * A visit as a care system reports it, after its citizen, provider and service area have been found.
 *
 * @param helperRef   the care system's pseudonymous id of the helper (for continuity); never a name
 * @param cancelledAt when the citizen cancelled; only for {@link VisitStatus#CANCELLED_BY_CITIZEN}
 */
public record VisitRecord(String sourceVisitId, long citizenId, long providerId, long serviceAreaId, Instant plannedStart,
                          int grantedMinutes, int deliveredMinutes, String helperRef, VisitStatus status, Instant cancelledAt) {
}
