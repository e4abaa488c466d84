package dk.fritvalg.rehabilitation;

/** A course runs until its final status is sent to needs assessment. */
public enum CourseStatus {
    ACTIVE, FINISHED
}
