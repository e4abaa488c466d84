package dk.fritvalg.municipality;

/** How private providers take part in SEL § 83 a rehabilitation courses: the whole course, parts of it, or parts of selected courses only. */
public enum RehabilitationModel {
    WHOLE, PART, SELECTED
}
