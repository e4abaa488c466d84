package dk.fritvalg.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands each stored notice to its channel's sender after the business transaction has committed. The notice's row is
 * locked while it is delivered and marked, so two deliveries of one notice (a retry racing a slow first try, two nodes)
 * send it once. A failure is counted on the notice and leaves the publication incomplete in the registry;
 * {@link #retry()} resubmits it, so a channel that is down delays notices but loses none.
 */
@Component
class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

    private final NoticeRepository notices;
    private final Map<Channel, NoticeSender> senders = new EnumMap<>(Channel.class);
    private final IncompleteEventPublications incomplete;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration retryAfter;

    NoticeDispatcher(NoticeRepository notices, List<NoticeSender> senders, IncompleteEventPublications incomplete,
                     PlatformTransactionManager transactionManager, Clock clock,
                     @Value("${fritvalg.mail.retry-after:PT1M}") Duration retryAfter) {
        this.notices = notices;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.incomplete = incomplete;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    @Async
    @TransactionalEventListener
    void on(NoticeQueued event) {
        deliver(event.noticeId());
    }

    /** Delivers the notice unless that was done already; throws when its channel failed (the outbox retries). */
    void deliver(long noticeId) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                Notice notice = notices.lockById(noticeId).orElse(null);
                if (notice == null || notice.getStatus() != NoticeStatus.QUEUED) {
                    return;
                }
                NoticeSender sender = senders.get(notice.getChannel());
                switch (sender.deliver(notice)) {
                    case SENT -> notice.sent(clock.instant());
                    case AWAITING_PRINT -> notice.awaitPrint();
                }
                log.info("Notice {} ({}) delivered by {}", notice.getId(), notice.getReference(), notice.getChannel());
            });
        } catch (RuntimeException e) {
            log.warn("Notice {} not delivered, will retry: {}", noticeId, e.getMessage());
            ownTransaction.executeWithoutResult(status -> notices.findById(noticeId).ifPresent(n -> n.failed(e.getMessage())));
            throw e;
        }
    }

    /** Resends notices that could not be delivered, once they are older than the retry interval. */
    @Scheduled(fixedDelayString = "${fritvalg.mail.retry-interval:PT1M}", initialDelayString = "${fritvalg.mail.retry-interval:PT1M}")
    void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    }
}
