package dk.fritvalg.market;

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

/** One requirement a provider must meet to be approved in a service area. Retired, never deleted: answers point at it. */
@Entity
@Table(name = "approval_requirement")
class ApprovalRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long municipalityId;

    @Column(nullable = false)
    private Long serviceAreaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequirementKind kind;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(nullable = false)
    private boolean evidenceRequired;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private Instant createdAt;

    protected ApprovalRequirement() {
    }

    ApprovalRequirement(long municipalityId, long serviceAreaId, RequirementKind kind, String text, boolean evidenceRequired, int position,
                        Instant now) {
        this.municipalityId = municipalityId;
        this.serviceAreaId = serviceAreaId;
        this.kind = kind;
        this.text = text;
        this.evidenceRequired = evidenceRequired;
        this.position = position;
        this.createdAt = now;
    }

    void retire() {
        this.active = false;
    }

    Requirement toView() {
        return new Requirement(id, serviceAreaId, kind, text, evidenceRequired, active);
    }

    Long getId() {
        return id;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    Long getServiceAreaId() {
        return serviceAreaId;
    }

    String getText() {
        return text;
    }

    boolean isActive() {
        return active;
    }

    int getPosition() {
        return position;
    }
}
