package dk.fritvalg.market;

/** Where an application for approval stands. Approved and rejected are final. */
public enum ApplicationStatus {
    SUBMITTED, INFORMATION_REQUESTED, APPROVED, REJECTED;

    public boolean open() {
        return this == SUBMITTED || this == INFORMATION_REQUESTED;
    }
}
