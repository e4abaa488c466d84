package dk.fritvalg.notification;

import dk.fritvalg.shared.EmailAddress;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues Danish notices through the persisted outbox. Each notice is stored with the business change, by the channel
 * chosen for its recipient (see {@link ChannelChoice}), and a {@link NoticeQueued} event hands it to the channel's
 * sender after commit. Texts come from the portal's translation file ({@code mail.<template>.subject} and
 * {@code mail.<template>.body}); people get Danish notices whatever language the sender's screen was in.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final Locale DANISH = Locale.of("da", "DK");

    private final ApplicationEventPublisher events;
    private final NoticeRepository notices;
    private final ChannelPreferenceRepository preferences;
    private final NoticeRecipients recipients;
    private final DigitalPostSettings digitalPost;
    private final Clock clock;
    private final Properties danish;

    Notifications(ApplicationEventPublisher events, NoticeRepository notices, ChannelPreferenceRepository preferences,
                  @Lazy NoticeRecipients recipients, DigitalPostSettings digitalPost, Clock clock) {
        this.events = events;
        this.notices = notices;
        this.preferences = preferences;
        this.recipients = recipients;
        this.digitalPost = digitalPost;
        this.clock = clock;
        this.danish = MailTexts.load();
    }

    /**
     * Queues one e-mail to an address (a provider's mailbox). Must run inside the transaction that makes the change
     * the mail tells about: then the mail is stored with it, or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String to, String template, String reference, Object... params) {
        toAddress(null, to, template, reference, params);
    }

    /**
     * As {@link #send}, for a mail sent on a municipality's behalf: if it cannot be delivered, the municipality's
     * administrator sees it under "Mail der ikke blev sendt".
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendFor(Long municipalityId, String to, String template, String reference, Object... params) {
        toAddress(municipalityId, to, template, reference, params);
    }

    private void toAddress(Long municipalityId, String to, String template, String reference, Object... params) {
        if (to == null || to.isBlank()) {
            return;
        }
        queue(new Notice(PersonKind.ADDRESS, null, null, municipalityId, null, Channel.EMAIL, to.strip(), null, subject(template, params),
                body(template, Channel.EMAIL, params), null, reference, clock.instant()));
    }

    /** A notice to a citizen by her channel, with a copy to every relative holding a power of attorney for her. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toCitizen(long citizenId, String template, String reference, Object... params) {
        toCitizenWithAnswerCode(citizenId, null, template, reference, params);
    }

    /**
     * As {@link #toCitizen}, with a short code she can answer with (a survey on paper): printed on the letter and
     * written in the other channels' text.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toCitizenWithAnswerCode(long citizenId, String answerCode, String template, String reference, Object... params) {
        List<Recipient> all = new ArrayList<>();
        recipients.citizen(citizenId).ifPresent(all::add);
        all.addAll(recipients.relativesWithPower(citizenId));
        for (Recipient recipient : all) {
            notify(recipient, citizenId, answerCode, template, reference, params);
        }
    }

    /**
     * A notice to a citizen by her channel, and to every relative holding a power of attorney for her by the relative's
     * channel in words written for a relative ({@code relativeTemplate}, same parameters).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toCitizenAndRelatives(long citizenId, String template, String relativeTemplate, String reference, Object... params) {
        recipients.citizen(citizenId).ifPresent(r -> notify(r, citizenId, null, template, reference, params));
        for (Recipient relative : recipients.relativesWithPower(citizenId)) {
            notify(relative, citizenId, null, relativeTemplate, reference, params);
        }
    }

    /** A notice to the citizen alone (what only she should be told, such as a power of attorney she gave). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toCitizenOnly(long citizenId, String template, String reference, Object... params) {
        recipients.citizen(citizenId).ifPresent(r -> notify(r, citizenId, null, template, reference, params));
    }

    /** A notice to a relative about a citizen (a power of attorney given to her, for example). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toRelative(long relativeId, long aboutCitizenId, Long municipalityId, String template, String reference, Object... params) {
        recipients.relative(relativeId, municipalityId).ifPresent(r -> notify(r, aboutCitizenId, null, template, reference, params));
    }

    /** What the care system knows of a person's channel; for imports (system side, no user check). */
    @Transactional
    public void careSystemChannel(PersonKind kind, long personId, Channel channel) {
        ChannelPreference preference = preferences.findByPersonKindAndPersonId(kind, personId)
                .orElseGet(() -> preferences.save(new ChannelPreference(kind, personId, clock.instant())));
        preference.fromCareSystem(channel, clock.instant());
    }

    /** The channel a person's notices go by now, or empty when nothing can reach her. */
    @Transactional(readOnly = true)
    public Optional<Channel> channelOf(Recipient recipient) {
        Optional<ChannelPreference> preference = preferences.findByPersonKindAndPersonId(recipient.kind(), recipient.id());
        return ChannelChoice.choose(recipient, preference.map(ChannelPreference::getOwnChoice).orElse(null),
                preference.map(ChannelPreference::getCareSystemChannel).orElse(null), digitalPost.enabled());
    }

    private void notify(Recipient recipient, long aboutCitizenId, String answerCode, String template, String reference, Object... params) {
        Optional<Channel> channel = channelOf(recipient);
        String subject = subject(template, params);
        if (channel.isEmpty()) {
            log.warn("No channel reaches {} {}: notice {} kept for the portal only", recipient.kind(), recipient.id(), reference);
            notices.save(Notice.undeliverable(recipient.kind(), recipient.id(), aboutCitizenId, recipient.municipalityId(),
                    recipient.name(), subject, body(template, Channel.DIGITAL_POST, params), answerCode, reference, clock.instant()));
            return;
        }
        String body = body(template, channel.get(), params);
        if (answerCode != null && channel.get() != Channel.LETTER) { // a letter shows the code in a box of its own
            body = text("mail.answer-code", answerCode) + "\n\n" + body;
        }
        queue(new Notice(recipient.kind(), recipient.id(), aboutCitizenId, recipient.municipalityId(), recipient.name(), channel.get(),
                recipient.email(), recipient.address(), subject, body, answerCode, reference, clock.instant()));
    }

    private void queue(Notice notice) {
        if (notice.getChannel() == Channel.EMAIL && !EmailAddress.isValid(notice.getEmail())) {
            // Never handed to the mail server (which would refuse it every time, or be tricked by a smuggled header).
            notice.givenUp("not an e-mail address");
            notices.save(notice);
            log.warn("Notice {} given up: {} is not an e-mail address", notice.getReference(), notice.getEmail());
            return;
        }
        notices.save(notice);
        events.publishEvent(new NoticeQueued(notice.getId()));
    }

    private String subject(String template, Object... params) {
        return text(template + ".subject", params);
    }

    private String body(String template, Channel channel, Object... params) {
        return text(template + ".body", params) + text("mail.footer" + (channel == Channel.EMAIL ? "" : "." + channel));
    }

    String text(String key, Object... params) {
        String pattern = danish.getProperty(key.startsWith("mail.") ? key : "mail." + key);
        if (pattern == null) {
            throw new IllegalArgumentException("No mail text " + key);
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, DANISH).format(params);
    }
}
