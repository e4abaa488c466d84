package dk.fritvalg.municipality;

/** The law a service area is granted under: SEL § 83, SEL § 83 a, or Ældreloven § 18 (helhedspleje). */
public enum LegalBasis {
    SEL_83, SEL_83A, AEL_18
}
