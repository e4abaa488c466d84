package dk.fritvalg.notification;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mails after the business transaction has committed, on the mail executor (its own few threads, so
 * a mail server that hangs cannot hold up refunds or anything else; SMTP has connect, read and write timeouts).
 * A failure leaves the publication incomplete in the registry and {@link #retry()} resubmits it, so a mail server
 * that is down delays mail but loses none. A mail the server refuses for good (a bad address), or one that failed
 * {@code fritvalg.mail.max-attempts} times, becomes a dead letter the municipality's administrator can see, and
 * is not tried again. Each failure is one line in the log, not a stack trace.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JavaMailSender mailSender;
    private final IncompleteEventPublications incomplete;
    private final EventPublicationRegistry registry;
    private final DeadLetters deadLetters;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final Duration retryAfter;
    private final int maxAttempts;

    MailDispatcher(JavaMailSender mailSender, IncompleteEventPublications incomplete, EventPublicationRegistry registry,
            DeadLetters deadLetters, TransactionTemplate transaction, Clock clock,
            @Value("${fritvalg.mail.from:Frit Valg <no-reply@fritvalg.dk>}") String from,
            @Value("${fritvalg.mail.retry-after:PT1M}") Duration retryAfter,
            @Value("${fritvalg.mail.max-attempts:10}") int maxAttempts) {
        this.mailSender = mailSender;
        this.incomplete = incomplete;
        this.registry = registry;
        this.deadLetters = deadLetters;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
        this.retryAfter = retryAfter;
        this.maxAttempts = maxAttempts;
    }

    /** Spring Modulith's {@code @ApplicationModuleListener}, on the mail executor instead of the shared one. */
    @Async(MailConfiguration.MAIL_EXECUTOR)
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void send(MailRequested mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            mailSender.send(message);
        } catch (MailException e) {
            String reason = reason(e);
            if (refusedForGood(e)) {
                deadLetters.record(mail, 1, reason);
                return;
            }
            log.warn("Mail {} not sent, will try again: {}", mail.reference(), reason);
            throw new MailNotSentException(mail.reference(), reason);
        }
        log.info("Mail {} sent", mail.reference());
    }

    /**
     * Resends mails that could not be delivered, once they are older than the retry interval (and the outbox's other
     * events, such as refunds); mails that failed too often become dead letters instead.
     */
    @Scheduled(fixedDelayString = "${fritvalg.mail.retry-interval:PT1M}", initialDelayString = "${fritvalg.mail.retry-interval:PT1M}")
    void retry() {
        for (TargetEventPublication publication : registry.findIncompletePublications()) {
            if (publication.getEvent() instanceof MailRequested mail && givenUp(publication)) {
                transaction.executeWithoutResult(s -> {
                    deadLetters.record(mail, publication.getCompletionAttempts(),
                            "the mail server failed " + publication.getCompletionAttempts() + " times");
                    registry.markCompleted(mail, publication.getTargetIdentifier());
                });
            }
        }
        Instant before = clock.instant().minus(retryAfter);
        incomplete.resubmitIncompletePublications(p -> !p.getPublicationDate().isAfter(before)
                && !(p.getEvent() instanceof MailRequested && givenUp(p)));
    }

    private boolean givenUp(EventPublication publication) {
        return publication.getStatus() == EventPublication.Status.FAILED && publication.getCompletionAttempts() >= maxAttempts;
    }

    /** A malformed address, or one the server refused: sending again will not help. */
    private static boolean refusedForGood(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MailParseException || t instanceof AddressException
                    || (t instanceof SendFailedException s && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0)) {
                return true;
            }
            if (t instanceof org.springframework.mail.MailSendException send) {
                for (Exception failed : send.getFailedMessages().values()) {
                    if (refusedForGood(failed)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage().strip());
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
