package dk.fritvalg.ordering;

/** One visit of an order. A cancelled-late visit is charged under the provider's terms. */
public enum OccurrenceStatus {
    REQUESTED, SCHEDULED, DELIVERED, CANCELLED, CANCELLED_LATE, DECLINED;

    public boolean isActive() {
        return this == REQUESTED || this == SCHEDULED;
    }
}
