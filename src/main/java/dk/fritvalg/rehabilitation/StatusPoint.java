package dk.fritvalg.rehabilitation;

/** The fixed follow-up points of a course. */
public enum StatusPoint {
    START, MIDWAY, END
}
