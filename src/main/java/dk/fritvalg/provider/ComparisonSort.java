package dk.fritvalg.provider;

/** How the comparison list is ordered: by name, best satisfaction first, or fewest different helpers first. */
public enum ComparisonSort {
    NAME, SATISFACTION, CONTINUITY
}
