package dk.fritvalg.notification;

import dk.fritvalg.shared.EmailAddress;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues Danish mails through the persisted outbox. Texts come from the portal's translation file
 * ({@code mail.<template>.subject} and {@code mail.<template>.body}); citizens get Danish mail
 * whatever language the sender's screen was in.
 */
@Service
public class Notifications {

    private static final Locale DANISH = Locale.of("da", "DK");

    private final ApplicationEventPublisher events;
    private final DeadLetters deadLetters;
    private final Properties danish;

    Notifications(ApplicationEventPublisher events, DeadLetters deadLetters) {
        this.events = events;
        this.deadLetters = deadLetters;
        this.danish = MailTexts.load();
    }

    /**
     * Queues one mail. Must run inside the transaction that makes the change the mail tells about:
     * then the mail is stored with it, or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String to, String template, String reference, Object... params) {
        queue(null, to, template, reference, params);
    }

    /**
     * Queues one mail sent for a municipality: if it cannot be delivered, the municipality's administrator sees it
     * among the mails that could not be sent. Same transaction rule as {@link #send}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendFor(long municipalityId, String to, String template, String reference, Object... params) {
        queue(municipalityId, to, template, reference, params);
    }

    private void queue(Long municipalityId, String to, String template, String reference, Object... params) {
        if (to == null || to.isBlank()) {
            return;
        }
        String subject = text(template + ".subject", params);
        if (!EmailAddress.isValid(to.strip())) {
            // Never handed to the mail server (a refused address is refused every time): straight to the dead letters.
            deadLetters.record(new MailRequested(to.strip(), subject, "", reference, municipalityId), 0, "invalid address");
            return;
        }
        events.publishEvent(new MailRequested(to.strip(), subject,
                text(template + ".body", params) + text("mail.footer"), reference, municipalityId));
    }

    String text(String key, Object... params) {
        String pattern = danish.getProperty(key.startsWith("mail.") ? key : "mail." + key);
        if (pattern == null) {
            throw new IllegalArgumentException("No mail text " + key);
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, DANISH).format(params);
    }
}
