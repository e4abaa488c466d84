package dk.fritvalg.settlement;

/** What happened to a planned visit, as the care system reports it. */
public enum VisitStatus {
    DELIVERED, CANCELLED_BY_CITIZEN, CANCELLED_BY_PROVIDER, NOT_DELIVERED
}
