package dk.fritvalg.provider;

/** What citizens say matters when they choose: the same helpers, flexible times, own professionals, add-ons. */
public enum ProviderFeature {
    FIXED_TEAM, FLEXIBLE_TIMES, OWN_THERAPIST_OR_NURSE, SELLS_ADDONS
}
