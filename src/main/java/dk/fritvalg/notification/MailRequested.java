package dk.fritvalg.notification;

/**
 * One mail to one recipient. Published inside the business transaction, so Spring Modulith's event
 * publication registry stores it with the change that caused it (the outbox); it is sent after commit
 * and resent until the mail server has taken it, a few times at most (then it becomes a dead letter).
 *
 * @param to             the recipient's address
 * @param subject        the subject line
 * @param body           plain text body
 * @param reference      what the mail is about, for the log (for example {@code switch-17})
 * @param municipalityId the municipality the mail is sent for, whose administrator sees it if it cannot be delivered
 *                       (null for mails of no municipality)
 */
public record MailRequested(String to, String subject, String body, String reference, Long municipalityId) {
}
