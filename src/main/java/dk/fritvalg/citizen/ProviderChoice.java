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

/** Which provider delivers a citizen's help in one service area, from a date, and who decided it. */
@Entity
@Table(name = "provider_choice")
public class ProviderChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long citizenId;

    @Column(nullable = false)
    private Long serviceAreaId;

    @Column(nullable = false)
    private Long providerId;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChoiceReason reason;

    private Long madeByUserId;

    /** Set when a relative made the choice for the citizen. */
    private Long madeByRelativeId;

    @Column(nullable = false)
    private Instant madeAt;

    /** When the choice was made or last changed (ended): what a care system polls for. */
    @Column(nullable = false)
    private Instant changedAt;

    /** The switch request this choice carried out, if any. */
    private Long switchRequestId;

    protected ProviderChoice() {
    }

    ProviderChoice(Long citizenId, Long serviceAreaId, Long providerId, LocalDate validFrom, ChoiceReason reason,
                   Long madeByUserId, Long madeByRelativeId, Instant madeAt) {
        this.citizenId = citizenId;
        this.serviceAreaId = serviceAreaId;
        this.providerId = providerId;
        this.validFrom = validFrom;
        this.reason = reason;
        this.madeByUserId = madeByUserId;
        this.madeByRelativeId = madeByRelativeId;
        this.madeAt = madeAt;
        this.changedAt = madeAt;
    }

    void carriesOut(long requestId) {
        this.switchRequestId = requestId;
    }

    void endOn(LocalDate lastDay, Instant now) {
        this.validTo = lastDay;
        this.changedAt = now;
    }

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public Long getId() {
        return id;
    }

    public Long getCitizenId() {
        return citizenId;
    }

    public Long getServiceAreaId() {
        return serviceAreaId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public ChoiceReason getReason() {
        return reason;
    }

    public Long getMadeByRelativeId() {
        return madeByRelativeId;
    }

    public Long getMadeByUserId() {
        return madeByUserId;
    }

    public Long getSwitchRequestId() {
        return switchRequestId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Instant getMadeAt() {
        return madeAt;
    }
}
