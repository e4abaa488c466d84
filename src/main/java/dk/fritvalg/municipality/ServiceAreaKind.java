package dk.fritvalg.municipality;

/** The kinds of granted help a citizen can choose a provider for. */
public enum ServiceAreaKind {
    PERSONAL_CARE, PRACTICAL_HELP, MEALS, REHABILITATION, INTEGRATED_CARE
}
