package dk.fritvalg.security;

/**
 * What the guard needs to know about rehabilitation courses to decide {@link Relation#COURSE_PROVIDER_STAFF}.
 * The rehabilitation module owns the courses and implements this; the guard stays free of their tables.
 */
public interface CourseRelations {

    /** Whether the provider runs, or ran, a rehabilitation course for the citizen. */
    boolean hasCourse(long providerId, long citizenId);
}
