package dk.fritvalg.notification;

/**
 * A person as the notification module needs her to choose a channel and address a notice: never her CPR number
 * (the Digital Post sender asks for it at the moment of sending, see {@link NoticeRecipients#cprForSending}).
 *
 * @param cprHeld        whether the portal holds her CPR number for sending (needed for Digital Post)
 * @param municipalityId the municipality whose letters (print batch) she gets; for a relative, the citizen's
 */
public record Recipient(PersonKind kind, long id, String name, String email, boolean cprHeld, PostalAddress address,
                        Long municipalityId) {
}
