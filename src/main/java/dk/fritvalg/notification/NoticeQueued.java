package dk.fritvalg.notification;

/**
 * A notice was stored and waits for its channel's sender. Published in the business transaction, so Spring Modulith's
 * event publication registry keeps it with the change (the outbox) and resubmits it until the sender has succeeded.
 * It carries only the id: no personal data in the registry.
 */
public record NoticeQueued(long noticeId) {
}
