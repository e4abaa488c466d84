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

/** A citizen's power of attorney for a relative (Digital Fuldmagt), registered by municipal staff. */
@Entity
@Table(name = "power_of_attorney")
public class PowerOfAttorney {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long relativeId;

    @Column(nullable = false)
    private Long citizenId;

    /** The relative's name as written on the power of attorney by the staff who registered it. */
    @Column(length = 201)
    private String relativeName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PowerOfAttorneyScope scope;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    private Long registeredByUserId;

    @Column(nullable = false)
    private Instant registeredAt;

    private Instant revokedAt;

    /** Who gave it: the citizen herself in the portal, or staff registering it for her. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GivenBy givenBy = GivenBy.STAFF;

    /** When the relative accepted it; a power given by the citizen is waiting until then. */
    private Instant acceptedAt;
    private Instant declinedAt;
    /** When the portal recorded that its end date had passed. */
    private Instant expiredAt;

    /** Why staff registered it for the citizen (she cannot use the portal herself). */
    @Column(length = 500)
    private String reason;

    /** Who gave a power of attorney. */
    public enum GivenBy { CITIZEN, STAFF }

    /** Where a power stands. */
    public enum State { WAITING, ACTIVE, DECLINED, REVOKED, EXPIRED }

    protected PowerOfAttorney() {
    }

    PowerOfAttorney(Long relativeId, Long citizenId, String relativeName, PowerOfAttorneyScope scope, LocalDate validFrom,
                    LocalDate validTo, Long registeredByUserId, Instant registeredAt) {
        this.relativeId = relativeId;
        this.citizenId = citizenId;
        this.relativeName = relativeName;
        this.scope = scope;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.registeredByUserId = registeredByUserId;
        this.registeredAt = registeredAt;
        this.acceptedAt = registeredAt;
    }

    /** A power the citizen gives herself: waiting until the relative accepts it. */
    static PowerOfAttorney givenByCitizen(Long relativeId, Long citizenId, String relativeName, PowerOfAttorneyScope scope,
                                          LocalDate validFrom, LocalDate validTo, Long citizenUserId, Instant now) {
        PowerOfAttorney power = new PowerOfAttorney(relativeId, citizenId, relativeName, scope, validFrom, validTo, citizenUserId, now);
        power.givenBy = GivenBy.CITIZEN;
        power.acceptedAt = null;
        return power;
    }

    void recordReason(String reason) {
        this.reason = reason;
    }

    void accept(Instant at) {
        acceptedAt = at;
    }

    void decline(Instant at) {
        declinedAt = at;
    }

    void expire(Instant at) {
        expiredAt = at;
    }

    /** Where the power stands on a date. */
    public State state(LocalDate today) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (declinedAt != null) {
            return State.DECLINED;
        }
        if (expiredAt != null || (validTo != null && validTo.isBefore(today))) {
            return State.EXPIRED;
        }
        return acceptedAt == null ? State.WAITING : State.ACTIVE;
    }

    /** Waiting for the relative's answer, or accepted and not ended: what counts against a second power of the same kind. */
    boolean isOpen(LocalDate today) {
        State state = state(today);
        return state == State.WAITING || state == State.ACTIVE;
    }

    public GivenBy getGivenBy() {
        return givenBy;
    }

    public String getReason() {
        return reason;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isValidOn(LocalDate date) {
        return revokedAt == null && acceptedAt != null && declinedAt == null && !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** Whether this power is in force on any day of the period from {@code from} to {@code to} (null: open-ended). */
    boolean overlaps(LocalDate from, LocalDate to) {
        return revokedAt == null && declinedAt == null && (to == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }

    public boolean allows(PowerOfAttorneyScope needed) {
        return scope == PowerOfAttorneyScope.ACT || needed == PowerOfAttorneyScope.VIEW;
    }

    public Long getId() {
        return id;
    }

    public Long getRelativeId() {
        return relativeId;
    }

    public Long getCitizenId() {
        return citizenId;
    }

    public String getRelativeName() {
        return relativeName;
    }

    public PowerOfAttorneyScope getScope() {
        return scope;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
