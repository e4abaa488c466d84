package dk.fritvalg.settlement;

/** What a settlement line pays for (or explains, with the amount 0). */
public enum LineKind {
    /** Visits paid by time or per visit. */
    VISITS_PAID,
    /** Visits not paid under the model (cancelled early, cancelled by the provider, not delivered): amount 0. */
    VISITS_NOT_PAID,
    /** Visits on days without a settlement price: amount 0 until a price is set. */
    NO_PRICE,
    /** Result-based: courses that ended with the goal reached. */
    COURSES_PAID,
    /** Courses that ended without reaching the goal (no payment or no bonus): amount 0. */
    COURSES_NOT_PAID,
    /** Courses still running (result-based pays at the end): amount 0. */
    COURSES_RUNNING,
    /** Combination: the base per week of the course. */
    COURSE_BASE,
    /** Combination: the bonus for a course ended with the goal reached. */
    COURSE_BONUS
}
