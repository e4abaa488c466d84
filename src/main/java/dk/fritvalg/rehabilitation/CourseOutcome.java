package dk.fritvalg.rehabilitation;

import dk.fritvalg.municipality.RehabilitationModel;
import java.time.LocalDate;

/**
 * A course as settlement sees it: who ran it, when, and its result once the final status is sent.
 *
 * @param result     null while the course runs
 * @param finishedOn the day (Danish time) the final status was sent; null while the course runs
 * @param receivedOn the day needs assessment confirmed receipt of the final status; null until then
 */
public record CourseOutcome(long courseId, long municipalityId, long providerId, long citizenId, RehabilitationModel model,
                            LocalDate startDate, LocalDate plannedEndDate, CourseStatus status, CourseResult result,
                            LocalDate finishedOn, LocalDate receivedOn) {

    public boolean goalReached() {
        return result == CourseResult.GOAL_REACHED;
    }
}
