package dk.fritvalg.rehabilitation;

/** Whether the course reached the goals the citizen set: what a result-based payment model pays on. */
public enum CourseResult {
    GOAL_REACHED, GOAL_NOT_REACHED
}
