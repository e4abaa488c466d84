package dk.fritvalg.catalogue;

/** What one price buys: a visit, an hour, or an item. */
public enum AddOnUnit {
    PER_VISIT, PER_HOUR, PER_ITEM
}
