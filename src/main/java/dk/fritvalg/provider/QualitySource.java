package dk.fritvalg.provider;

/** Where a quality figure comes from: demo data today, the municipality's satisfaction survey later. */
public enum QualitySource {
    DEMO, SURVEY, IMPORT
}
