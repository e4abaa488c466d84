package dk.fritvalg.notification;

/**
 * A channel did not take a notice this time; the outbox tries again later. Carries the reason only, without a stack
 * trace: a mail server that is down would otherwise fill the log with the same trace every minute.
 */
class NoticeNotDeliveredException extends RuntimeException {

    NoticeNotDeliveredException(long noticeId, String reason) {
        super("Notice " + noticeId + " not delivered: " + reason, null, false, false);
    }
}
