package dk.fritvalg.citizen;

/** Where a request to choose or switch provider stands. */
public enum SwitchStatus {
    /** Waits for municipal staff to approve or reject it. */
    PENDING_APPROVAL,
    /** Approved (or automatic) and waiting for its effective date. */
    SCHEDULED,
    REJECTED,
    CANCELLED,
    /** The new provider delivers from the effective date. */
    EFFECTIVE;

    public boolean isOpen() {
        return this == PENDING_APPROVAL || this == SCHEDULED;
    }
}
