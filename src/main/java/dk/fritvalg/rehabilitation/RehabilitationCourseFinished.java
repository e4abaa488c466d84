package dk.fritvalg.rehabilitation;

import java.time.LocalDate;

/** A course's final status was sent to needs assessment: its result is known (for settlement). */
public record RehabilitationCourseFinished(long courseId, long municipalityId, long providerId, long citizenId,
                                           CourseResult result, LocalDate finishedOn) {
}
