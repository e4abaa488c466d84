package dk.fritvalg.survey;

/** When a course's outcome is measured: at the start, at the end, and at a follow-up afterwards. */
public enum MeasurePoint {
    START, END, FOLLOW_UP
}
