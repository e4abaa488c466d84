package dk.fritvalg.provider;

/** What the yearly satisfaction survey asks about, on the national 1–5 scale. */
public enum QualityDimension {
    SAFETY, INFORMATION, COHERENCE, PRACTICAL_HELP, PERSONAL_CARE, STAFF_BEHAVIOUR, PUNCTUALITY, SAME_HELPERS, OVERALL
}
