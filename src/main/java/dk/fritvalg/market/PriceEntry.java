package dk.fritvalg.market;

import dk.fritvalg.provider.SettlementUnit;
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

/** One row of the settlement price history. Never deleted: a past month always keeps the price it had. */
@Entity
@Table(name = "settlement_price")
class PriceEntry {

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
    @Column(nullable = false, length = 10)
    private SettlementUnit unit;

    @Column(nullable = false)
    private long priceOre;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    @Column(nullable = false, length = 500)
    private String reason;

    private Long createdByUserId;

    @Column(nullable = false)
    private Instant createdAt;

    protected PriceEntry() {
    }

    PriceEntry(long municipalityId, long serviceAreaId, SettlementUnit unit, long priceOre, LocalDate validFrom, LocalDate validTo,
               String reason, Long createdByUserId, Instant createdAt) {
        this.municipalityId = municipalityId;
        this.serviceAreaId = serviceAreaId;
        this.unit = unit;
        this.priceOre = priceOre;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.reason = reason;
        this.createdByUserId = createdByUserId;
        this.createdAt = createdAt;
    }

    void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    void correct(long priceOre, String reason, Long userId, Instant at) {
        this.priceOre = priceOre;
        this.reason = reason;
        this.createdByUserId = userId;
        this.createdAt = at;
    }

    boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    SettlementPrice toPrice() {
        return new SettlementPrice(id, municipalityId, serviceAreaId, unit, priceOre, validFrom, validTo, reason, createdAt);
    }

    Long getId() {
        return id;
    }

    long getPriceOre() {
        return priceOre;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }
}
