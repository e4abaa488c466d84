package dk.fritvalg.notification;

/** Delivers notices of one channel. A sender throws when the notice was not delivered; the outbox then retries it. */
interface NoticeSender {

    Channel channel();

    /** Delivers the notice, or throws. */
    Outcome deliver(Notice notice);

    /** What became of a delivered notice. */
    enum Outcome { SENT, AWAITING_PRINT }
}
