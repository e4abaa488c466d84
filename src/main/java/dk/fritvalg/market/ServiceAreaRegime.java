package dk.fritvalg.market;

import dk.fritvalg.municipality.ContractModel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The regime (approval or tender) a service area is under from a date; never changed, a later one follows it. */
@Entity
@Table(name = "service_area_regime")
class ServiceAreaRegime {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long municipalityId;

    @Column(nullable = false)
    private Long serviceAreaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractModel model;

    @Column(nullable = false)
    private LocalDate validFrom;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false)
    private Instant decidedAt;

    private Long decidedByUserId;

    @Column(nullable = false, length = 200)
    private String decidedByName;

    protected ServiceAreaRegime() {
    }

    ServiceAreaRegime(long municipalityId, long serviceAreaId, ContractModel model, LocalDate validFrom, String reason, Instant now,
                      Long userId, String userName) {
        this.municipalityId = municipalityId;
        this.serviceAreaId = serviceAreaId;
        this.model = model;
        this.validFrom = validFrom;
        this.reason = reason;
        this.decidedAt = now;
        this.decidedByUserId = userId;
        this.decidedByName = userName;
    }

    Regime toView() {
        return new Regime(serviceAreaId, model, validFrom, reason, decidedAt, decidedByName);
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    ContractModel getModel() {
        return model;
    }
}
