package dk.fritvalg.notification;

import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mine beskeder": every notice a person has received, by any channel, for her and (for a citizen) her relatives with a
 * power of attorney to read; and the person's own choice of channel.
 */
@Service
public class MyNotices {

    /** A notice as the person reads it again. */
    public record Row(long id, Instant createdAt, String subject, String body, Channel channel, NoticeStatus status, Instant sentAt,
                      String answerCode) {
    }

    /** How a person gets notices now, what she chose, and which channels can reach her. */
    public record ChannelState(Optional<Channel> current, Channel ownChoice, List<Channel> reachable) {
    }

    private final NoticeRepository notices;
    private final ChannelPreferenceRepository preferences;
    private final NoticeRecipients recipients;
    private final Notifications notifications;
    private final DigitalPostSettings digitalPost;
    private final AccessGuard accessGuard;
    private final Clock clock;

    MyNotices(NoticeRepository notices, ChannelPreferenceRepository preferences, @Lazy NoticeRecipients recipients,
              Notifications notifications, DigitalPostSettings digitalPost, AccessGuard accessGuard, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.recipients = recipients;
        this.notifications = notifications;
        this.digitalPost = digitalPost;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** A page of the citizen's notices, newest first. */
    @Transactional(readOnly = true)
    public List<Row> ofCitizen(long citizenId, int offset, int limit) {
        accessGuard.require(Permission.VIEW_NOTICES, Target.citizen(citizenId));
        return page(PersonKind.CITIZEN, citizenId, offset, limit);
    }

    @Transactional(readOnly = true)
    public long countOfCitizen(long citizenId) {
        accessGuard.require(Permission.VIEW_NOTICES, Target.citizen(citizenId));
        return notices.countByPersonKindAndPersonId(PersonKind.CITIZEN, citizenId);
    }

    /** A page of the notices the logged-in relative has received herself. */
    @Transactional(readOnly = true)
    public List<Row> ownAsRelative(int offset, int limit) {
        Access access = accessGuard.requireOwn(Permission.VIEW_OWN_NOTICES);
        return page(PersonKind.RELATIVE, relativeId(access), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countOwnAsRelative() {
        Access access = accessGuard.requireOwn(Permission.VIEW_OWN_NOTICES);
        return notices.countByPersonKindAndPersonId(PersonKind.RELATIVE, relativeId(access));
    }

    /** The citizen's channel: what she chose, what is used now, and what she can choose from. */
    @Transactional(readOnly = true)
    public ChannelState channelOfCitizen(long citizenId) {
        accessGuard.require(Permission.VIEW_NOTICES, Target.citizen(citizenId));
        return state(recipients.citizen(citizenId).orElseThrow(() -> accessGuard.deny(Permission.VIEW_NOTICES, "citizen " + citizenId)));
    }

    @Transactional(readOnly = true)
    public ChannelState ownChannelAsRelative() {
        Access access = accessGuard.requireOwn(Permission.VIEW_OWN_NOTICES);
        return state(recipients.relative(relativeId(access), null)
                .orElseThrow(() -> accessGuard.deny(Permission.VIEW_OWN_NOTICES, "relative")));
    }

    /** The citizen chooses her channel; one that cannot reach her is refused. */
    @Transactional
    public void chooseForCitizen(long citizenId, Channel channel) {
        Access access = accessGuard.require(Permission.CHOOSE_NOTICE_CHANNEL, Target.citizen(citizenId));
        Recipient recipient = recipients.citizen(citizenId).orElseThrow();
        choose(recipient, channel);
        access.record(AuditEvent.NOTICE_CHANNEL_CHOSEN, channel);
    }

    /** The logged-in relative chooses her channel. */
    @Transactional
    public void chooseOwnAsRelative(Channel channel) {
        Access access = accessGuard.requireOwn(Permission.CHOOSE_OWN_NOTICE_CHANNEL);
        choose(recipients.relative(relativeId(access), null).orElseThrow(), channel);
    }

    private void choose(Recipient recipient, Channel channel) {
        if (channel == null || !ChannelChoice.reaches(channel, recipient, digitalPost.enabled())) {
            throw new dk.fritvalg.shared.BusinessException("notices.error.channel." + (channel == null ? "none" : channel));
        }
        ChannelPreference preference = preferences.findByPersonKindAndPersonId(recipient.kind(), recipient.id())
                .orElseGet(() -> preferences.save(new ChannelPreference(recipient.kind(), recipient.id(), clock.instant())));
        preference.choose(channel, clock.instant());
    }

    private ChannelState state(Recipient recipient) {
        Channel own = preferences.findByPersonKindAndPersonId(recipient.kind(), recipient.id()).map(ChannelPreference::getOwnChoice)
                .orElse(null);
        List<Channel> reachable = java.util.Arrays.stream(Channel.values())
                .filter(c -> ChannelChoice.reaches(c, recipient, digitalPost.enabled())).toList();
        return new ChannelState(notifications.channelOf(recipient), own, reachable);
    }

    private long relativeId(Access access) {
        Long id = access.user().relativeId();
        if (id == null) {
            throw accessGuard.deny(access.user(), access.permission(), "no relative record");
        }
        return id;
    }

    private List<Row> page(PersonKind kind, long personId, int offset, int limit) {
        int size = Math.max(1, limit);
        return notices.findByPersonKindAndPersonIdOrderByCreatedAtDescIdDesc(kind, personId, PageRequest.of(offset / size, size))
                .stream()
                .map(n -> new Row(n.getId(), n.getCreatedAt(), n.getSubject(), n.getBody(), n.getChannel(), n.getStatus(), n.getSentAt(),
                        n.getAnswerCode()))
                .toList();
    }
}
