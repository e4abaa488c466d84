package dk.fritvalg.market;

/** The standard requirements a municipality sets for approval, and the municipality's own lines. */
public enum RequirementKind {
    STAFF_EDUCATION, NURSE_OR_THERAPIST, BANK_GUARANTEE, ANNUAL_ACCOUNTS, NO_PUBLIC_DEBT, CARE_SYSTEM_TRAINING, INSURANCE,
    CONTINGENCY_PLAN, OWN
}
