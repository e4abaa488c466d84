package dk.fritvalg.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import dk.fritvalg.shared.jobs.JobLocks;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
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
 * {@link #retry()} resubmits it, so a channel that is down delays notices but loses none. A notice refused for good
 * (a bad address) or failed {@code fritvalg.mail.max-attempts} times is given up instead: never tried again, listed for
 * the municipality's administrator. Tries that could not reach the server at all do not count towards that limit, so an
 * outage of any length delays mail and gives none up ({@code SmtpDownForAnHourTest}). Each failure is one line in the log, never a stack trace.
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
    private final int maxAttempts;

    NoticeDispatcher(NoticeRepository notices, List<NoticeSender> senders, IncompleteEventPublications incomplete,
                     PlatformTransactionManager transactionManager, Clock clock,
                     @Value("${fritvalg.mail.retry-after:PT1M}") Duration retryAfter,
                     @Value("${fritvalg.mail.max-attempts:10}") int maxAttempts) {
        this.maxAttempts = maxAttempts;
        this.notices = notices;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.incomplete = incomplete;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    /** On the notice executor: a channel that hangs (an SMTP server that never answers) holds up notices, nothing else. */
    @Async(NoticeConfiguration.NOTICE_EXECUTOR)
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
            String reason = reason(e);
            boolean givenUp = Boolean.TRUE.equals(ownTransaction.execute(status -> notices.findById(noticeId).map(n -> {
                n.failed(reason);
                // Tries that never reached the server (it is down) do not count: an outage delays mail, it loses none.
                if (refusedForGood(e) || n.getAttempts() >= maxAttempts && !unreachable(e)) {
                    n.givenUp(reason);
                    return true;
                }
                return false;
            }).orElse(true)));
            if (givenUp) {
                // The publication completes: no more retries. The administrator sees it under "Mail der ikke blev sendt".
                log.warn("Notice {} given up: {}", noticeId, reason);
                return;
            }
            log.warn("Notice {} not delivered, will retry: {}", noticeId, reason);
            throw new NoticeNotDeliveredException(noticeId, reason);
        }
    }

    /** A malformed address, or one the server refused: sending again will not help. */
    private static boolean refusedForGood(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MailParseException || t instanceof AddressException
                    || (t instanceof SendFailedException s && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0)) {
                return true;
            }
            if (t instanceof MailSendException send) {
                for (Exception failed : send.getFailedMessages().values()) {
                    if (refusedForGood(failed)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The mail server or gateway could not be reached at all (down, restarting, not yet started): nothing was refused. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException || t.getClass().getSimpleName().equals("MailConnectException")
                    || t instanceof java.net.http.HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The root cause in one line: what the log and the administrator see. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage().strip());
        return message.length() > 300 ? message.substring(0, 300) : message;
    }

    /** Resends notices that could not be delivered, once they are older than the retry interval. */
    @Scheduled(fixedDelayString = "${fritvalg.mail.retry-interval:PT1M}", initialDelayString = "${fritvalg.mail.retry-interval:PT1M}")
    @SchedulerLock(name = "notification.retry", lockAtLeastFor = JobLocks.AT_LEAST)
    void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    }
}
