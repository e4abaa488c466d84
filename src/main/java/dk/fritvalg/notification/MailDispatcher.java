package dk.fritvalg.notification;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued mails after the business transaction has committed. A failure leaves the publication
 * incomplete in the registry; {@link #retry()} resubmits it, so a mail server that is down delays
 * mail but loses none.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JavaMailSender mailSender;
    private final IncompleteEventPublications incomplete;
    private final String from;
    private final Duration retryAfter;

    MailDispatcher(JavaMailSender mailSender, IncompleteEventPublications incomplete,
            @Value("${fritvalg.mail.from:Frit Valg <no-reply@fritvalg.dk>}") String from,
            @Value("${fritvalg.mail.retry-after:PT1M}") Duration retryAfter) {
        this.mailSender = mailSender;
        this.incomplete = incomplete;
        this.from = from;
        this.retryAfter = retryAfter;
    }

    @ApplicationModuleListener
    void send(MailRequested mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        mailSender.send(message);
        log.info("Mail {} sent", mail.reference());
    }

    /** Resends mails that could not be delivered, once they are older than the retry interval. */
    @Scheduled(fixedDelayString = "${fritvalg.mail.retry-interval:PT1M}", initialDelayString = "${fritvalg.mail.retry-interval:PT1M}")
    void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    }
}
