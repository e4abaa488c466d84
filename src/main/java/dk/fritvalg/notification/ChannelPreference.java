package dk.fritvalg.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person's own choice of channel, and the channel the care system knows for her. */
@Entity
@Table(name = "notice_channel_preference")
class ChannelPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PersonKind personKind;

    @Column(nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel ownChoice;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel careSystemChannel;

    @Column(nullable = false)
    private Instant updatedAt;

    protected ChannelPreference() {
    }

    ChannelPreference(PersonKind personKind, long personId, Instant now) {
        this.personKind = personKind;
        this.personId = personId;
        this.updatedAt = now;
    }

    void choose(Channel channel, Instant now) {
        this.ownChoice = channel;
        this.updatedAt = now;
    }

    void fromCareSystem(Channel channel, Instant now) {
        this.careSystemChannel = channel;
        this.updatedAt = now;
    }

    Channel getOwnChoice() {
        return ownChoice;
    }

    Channel getCareSystemChannel() {
        return careSystemChannel;
    }
}
