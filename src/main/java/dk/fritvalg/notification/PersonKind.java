package dk.fritvalg.notification;

/** Who a notice is for: a citizen, a relative, or just an e-mail address (a provider's mailbox). */
public enum PersonKind {
    CITIZEN, RELATIVE, ADDRESS
}
