package dk.fritvalg.municipality;

/** Whether a switch request takes effect by itself or waits for municipal staff. */
public enum SwitchApproval {
    AUTOMATIC, STAFF_APPROVAL
}
