package dk.fritvalg.citizen;

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
import java.time.LocalDate;

/** A citizen's (or their relative's) request to choose or switch provider in one service area. */
@Entity
@Table(name = "switch_request")
public class SwitchRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long municipalityId;
    @Column(nullable = false)
    private Long citizenId;
    @Column(nullable = false)
    private Long serviceAreaId;
    private Long fromProviderId;
    @Column(nullable = false)
    private Long toProviderId;
    private boolean firstChoice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SwitchStatus status;

    @Column(nullable = false)
    private LocalDate effectiveDate;

    /** Set while the request is open; unique, so there is one open request per citizen and area. */
    private String openKey;

    @Column(nullable = false)
    private Instant requestedAt;
    @Column(nullable = false)
    private Long requestedByUserId;
    private Long requestedByRelativeId;

    private Instant decidedAt;
    private Long decidedByUserId;
    private String decisionReason;
    private Instant cancelledAt;
    private Long cancelledByUserId;
    private Instant effectedAt;

    protected SwitchRequest() {
    }

    SwitchRequest(long municipalityId, long citizenId, long serviceAreaId, Long fromProviderId, long toProviderId,
                  boolean firstChoice, SwitchStatus status, LocalDate effectiveDate, Instant requestedAt,
                  long requestedByUserId, Long requestedByRelativeId) {
        this.municipalityId = municipalityId;
        this.citizenId = citizenId;
        this.serviceAreaId = serviceAreaId;
        this.fromProviderId = fromProviderId;
        this.toProviderId = toProviderId;
        this.firstChoice = firstChoice;
        this.status = status;
        this.effectiveDate = effectiveDate;
        this.openKey = citizenId + ":" + serviceAreaId;
        this.requestedAt = requestedAt;
        this.requestedByUserId = requestedByUserId;
        this.requestedByRelativeId = requestedByRelativeId;
    }

    void approve(long userId, Instant at, LocalDate earliest) {
        requireStatus(SwitchStatus.PENDING_APPROVAL);
        status = SwitchStatus.SCHEDULED;
        decidedAt = at;
        decidedByUserId = userId;
        if (effectiveDate.isBefore(earliest)) {
            effectiveDate = earliest;
        }
    }

    void reject(long userId, Instant at, String reason) {
        requireStatus(SwitchStatus.PENDING_APPROVAL);
        status = SwitchStatus.REJECTED;
        decidedAt = at;
        decidedByUserId = userId;
        decisionReason = reason;
        openKey = null;
    }

    void cancel(long userId, Instant at) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Request " + id + " is " + status);
        }
        status = SwitchStatus.CANCELLED;
        cancelledAt = at;
        cancelledByUserId = userId;
        openKey = null;
    }

    void takeEffect(Instant at) {
        requireStatus(SwitchStatus.SCHEDULED);
        status = SwitchStatus.EFFECTIVE;
        effectedAt = at;
        openKey = null;
    }

    private void requireStatus(SwitchStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Request " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getCitizenId() {
        return citizenId;
    }

    public Long getServiceAreaId() {
        return serviceAreaId;
    }

    public Long getFromProviderId() {
        return fromProviderId;
    }

    public Long getToProviderId() {
        return toProviderId;
    }

    public boolean isFirstChoice() {
        return firstChoice;
    }

    public SwitchStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Long getRequestedByUserId() {
        return requestedByUserId;
    }

    public Long getRequestedByRelativeId() {
        return requestedByRelativeId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
