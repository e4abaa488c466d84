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
        return revokedAt == null && !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** Whether this power is in force on any day of the period from {@code from} to {@code to} (null: open-ended). */
    boolean overlaps(LocalDate from, LocalDate to) {
        return revokedAt == null && (to == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
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
