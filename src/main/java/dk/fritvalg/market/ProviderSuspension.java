package dk.fritvalg.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A provider's suspension in a municipality, with its reason and dates, and its reinstatement. */
@Entity
@Table(name = "provider_suspension")
class ProviderSuspension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long providerId;

    @Column(nullable = false)
    private Long municipalityId;

    @Column(nullable = false)
    private LocalDate suspendedFrom;

    private LocalDate expectedUntil;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false)
    private Instant suspendedAt;

    private Long suspendedByUserId;
    private LocalDate reinstatedOn;
    @Column(length = 1000)
    private String reinstatementReason;
    private Instant reinstatedAt;
    private Long reinstatedByUserId;
    /** When the provider was taken out of the choice: at once, or on the start date by the daily job. */
    private Instant effectiveAt;

    protected ProviderSuspension() {
    }

    ProviderSuspension(long providerId, long municipalityId, LocalDate from, LocalDate expectedUntil, String reason, long userId, Instant now) {
        this.providerId = providerId;
        this.municipalityId = municipalityId;
        this.suspendedFrom = from;
        this.expectedUntil = expectedUntil;
        this.reason = reason;
        this.suspendedByUserId = userId;
        this.suspendedAt = now;
    }

    void takeEffect(Instant at) {
        this.effectiveAt = at;
    }

    boolean isPending() {
        return effectiveAt == null && reinstatedOn == null;
    }

    LocalDate getSuspendedFrom() {
        return suspendedFrom;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    void reinstate(LocalDate on, String reason, long userId, Instant now) {
        this.reinstatedOn = on;
        this.reinstatementReason = reason;
        this.reinstatedByUserId = userId;
        this.reinstatedAt = now;
    }

    boolean isOpen() {
        return reinstatedOn == null;
    }

    Suspension toView() {
        return new Suspension(id, providerId, suspendedFrom, expectedUntil, reason, reinstatedOn, reinstatementReason, effectiveAt == null);
    }

    Long getProviderId() {
        return providerId;
    }
}
