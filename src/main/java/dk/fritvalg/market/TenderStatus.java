package dk.fritvalg.market;

/**
 * Where a tender round stands, read from the clock and the award: planned (not yet published), open for bids,
 * in evaluation (the deadline has passed, the bids are opened and scored), awarded.
 */
public enum TenderStatus {
    PLANNED, OPEN, EVALUATION, AWARDED
}
