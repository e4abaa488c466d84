package dk.fritvalg.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One application in a list: who, where, what, its status and the decision deadline. */
public record ApplicationSummary(long id, long organisationId, String organisationName, String cvr, long municipalityId,
                                 String municipalityName, List<String> serviceAreas, ApplicationStatus status, Instant submittedAt,
                                 LocalDate decisionDue, boolean overdue) {
}
