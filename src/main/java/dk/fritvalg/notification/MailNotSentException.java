package dk.fritvalg.notification;

/**
 * The mail server did not take a mail this time; the outbox tries again later. Carries the reason only, without a
 * stack trace: a mail server that is down would otherwise fill the log with the same trace every minute.
 */
class MailNotSentException extends RuntimeException {

    MailNotSentException(String reference, String reason) {
        super("Mail " + reference + " not sent: " + reason, null, false, false);
    }
}
