package dk.fritvalg.rehabilitation;

import dk.fritvalg.security.CourseRelations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the access guard whether a provider runs (or ran) a course for a citizen. */
@Component
class CourseRelationsAdapter implements CourseRelations {

    private final RehabilitationCourseRepository courses;

    CourseRelationsAdapter(RehabilitationCourseRepository courses) {
        this.courses = courses;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasCourse(long providerId, long citizenId) {
        return courses.existsByProviderIdAndCitizenId(providerId, citizenId);
    }
}
