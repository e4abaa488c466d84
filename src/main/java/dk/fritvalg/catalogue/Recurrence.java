package dk.fritvalg.catalogue;

/** How often a recurring add-on can repeat. */
public enum Recurrence {
    WEEKLY, BIWEEKLY, MONTHLY
}
