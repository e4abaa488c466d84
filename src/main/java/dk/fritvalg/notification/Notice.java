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
import java.util.UUID;

/**
 * One notice to one person by one channel, with the text she received. Stored in the business transaction; the
 * channel's sender delivers it after commit and marks it, so a retry never delivers it twice. Its UUID travels with it
 * (Message-ID of the mail, messageUUID of the MeMo message) so that the receiving end can also recognise a repeat.
 */
@Entity
@Table(name = "notice")
class Notice {

    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 36, columnDefinition = "char(36)")
    private String messageUuid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PersonKind personKind;

    private Long personId;
    private Long aboutCitizenId;
    private Long municipalityId;

    @Column(length = 201)
    private String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(length = 200)
    private String email;
    @Column(length = 200)
    private String address;
    @Column(length = 4, columnDefinition = "char(4)")
    private String postcode;
    @Column(length = 100)
    private String city;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(length = 20)
    private String answerCode;

    @Column(nullable = false, length = 100)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeStatus status;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant sentAt;

    private int attempts;

    @Column(length = MAX_ERROR)
    private String lastError;

    private Long printBatchId;

    protected Notice() {
    }

    Notice(PersonKind personKind, Long personId, Long aboutCitizenId, Long municipalityId, String recipientName, Channel channel,
           String email, PostalAddress postal, String subject, String body, String answerCode, String reference, Instant now) {
        this.messageUuid = UUID.randomUUID().toString();
        this.personKind = personKind;
        this.personId = personId;
        this.aboutCitizenId = aboutCitizenId;
        this.municipalityId = municipalityId;
        this.recipientName = recipientName;
        this.channel = channel;
        this.email = channel == Channel.EMAIL ? email : null;
        if (channel == Channel.LETTER && postal != null) {
            this.address = postal.street();
            this.postcode = postal.postcode();
            this.city = postal.city();
        }
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body;
        this.answerCode = answerCode;
        this.reference = reference.length() > 100 ? reference.substring(0, 100) : reference;
        this.status = NoticeStatus.QUEUED;
        this.createdAt = now;
    }

    /** A notice nothing can deliver: kept so that she can read it in the portal. */
    static Notice undeliverable(PersonKind personKind, Long personId, Long aboutCitizenId, Long municipalityId, String recipientName,
                                String subject, String body, String answerCode, String reference, Instant now) {
        Notice notice = new Notice(personKind, personId, aboutCitizenId, municipalityId, recipientName, Channel.DIGITAL_POST, null, null,
                subject, body, answerCode, reference, now);
        notice.status = NoticeStatus.NOT_DELIVERABLE;
        return notice;
    }

    void sent(Instant at) {
        status = NoticeStatus.SENT;
        sentAt = at;
    }

    void awaitPrint() {
        status = NoticeStatus.AWAITING_PRINT;
    }

    void printed(Instant at) {
        status = NoticeStatus.PRINTED;
        sentAt = at;
    }

    /** Not tried again: the reason stays as the last error. */
    void givenUp(String reason) {
        status = NoticeStatus.GIVEN_UP;
        lastError = reason == null ? null : reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
    }

    String getLastError() {
        return lastError;
    }

    void failed(String error) {
        attempts++;
        lastError = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }

    Long getId() {
        return id;
    }

    String getMessageUuid() {
        return messageUuid;
    }

    PersonKind getPersonKind() {
        return personKind;
    }

    Long getPersonId() {
        return personId;
    }

    Long getAboutCitizenId() {
        return aboutCitizenId;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    String getRecipientName() {
        return recipientName;
    }

    Channel getChannel() {
        return channel;
    }

    String getEmail() {
        return email;
    }

    PostalAddress postalAddress() {
        return new PostalAddress(address, postcode, city);
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getAnswerCode() {
        return answerCode;
    }

    String getReference() {
        return reference;
    }

    NoticeStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    int getAttempts() {
        return attempts;
    }

    Long getPrintBatchId() {
        return printBatchId;
    }
}
