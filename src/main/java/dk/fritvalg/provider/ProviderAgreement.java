package dk.fritvalg.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A provider's approval or tender contract for one service area, for a period. */
@Entity
@Table(name = "provider_agreement")
public class ProviderAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long providerId;

    @Column(nullable = false)
    private Long serviceAreaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementModel model;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    private Integer capacity;

    /** The awarded price of a tender agreement, in øre per {@link #priceUnit}; null under the approval model. */
    private Long priceOre;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private SettlementUnit priceUnit;

    protected ProviderAgreement() {
    }

    ProviderAgreement(Long providerId, Long serviceAreaId, LocalDate validFrom) {
        this.providerId = providerId;
        this.serviceAreaId = serviceAreaId;
        this.validFrom = validFrom;
    }

    void update(AgreementModel model, LocalDate validTo, Integer capacity) {
        this.model = model;
        this.validTo = validTo;
        this.capacity = capacity;
    }

    void awardedPrice(long priceOre, SettlementUnit unit) {
        this.priceOre = priceOre;
        this.priceUnit = unit;
    }

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public Long getId() {
        return id;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Long getServiceAreaId() {
        return serviceAreaId;
    }

    public AgreementModel getModel() {
        return model;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Integer getCapacity() {
        return capacity;
    }

    /** The price awarded in a tender, or null: the municipality's settlement price applies. */
    public Long getPriceOre() {
        return priceOre;
    }

    public SettlementUnit getPriceUnit() {
        return priceUnit;
    }
}
