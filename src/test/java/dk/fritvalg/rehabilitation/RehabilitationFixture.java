package dk.fritvalg.rehabilitation;

import dk.fritvalg.municipality.RehabilitationModel;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Courses for tests that need one to exist (the access matrix, outcome measures), without going through a login. */
@Component
public class RehabilitationFixture {

    private final RehabilitationCourseRepository courses;

    RehabilitationFixture(RehabilitationCourseRepository courses) {
        this.courses = courses;
    }

    /** An active course from the given start date: mid-way after four weeks, the end after eight. */
    @Transactional
    public long course(long municipalityId, long citizenId, long providerId, RehabilitationModel model, LocalDate start) {
        return courses.save(new RehabilitationCourse(municipalityId, citizenId, "Test Borger", providerId, model, null, null,
                "At kunne gå til købmanden selv", start, start.plusWeeks(4), start.plusWeeks(8), 1L, Instant.now())).getId();
    }
}
