package dk.fritvalg.market;

/** The kinds of award criterion in a tender round; the price is scored by formula, the others by staff. */
public enum CriterionKind {
    PRICE, QUALITY, CONTINUITY, OWN
}
