package dk.fritvalg.notification;

/** Where a notice is on its way out. */
public enum NoticeStatus {
    /** Stored with the business change; its channel's sender has not delivered it yet (or failed and will retry). */
    QUEUED,
    /** Taken by the mail server or the Digital Post gateway. */
    SENT,
    /** A letter waiting in (or for) the day's print batch. */
    AWAITING_PRINT,
    /** A letter staff confirmed as printed and posted. */
    PRINTED,
    /** Nothing could reach the person; she can still read it in the portal. */
    NOT_DELIVERABLE,
    /**
     * Given up: the address was not an address or was refused for good, or the channel failed too many times. Not
     * tried again; the municipality's administrator sees it under "Mail der ikke blev sendt".
     */
    GIVEN_UP
}
