package dk.fritvalg.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The current cost calculation behind a municipal add-on's price. */
@Entity
@Table(name = "addon_cost_calculation")
class AddOnCostCalculation {

    @Id
    private Long addOnId;

    @Version
    private long version;

    @Column(nullable = false)
    private Long municipalityId;
    private long hourlyWageOre;
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal pensionPercent;
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal holidayPercent;
    private int minutesPerUnit;
    private int travelMinutesPerUnit;
    private long materialsOre;
    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal overheadPercent;
    private long administrationOre;
    private long unitCostOre;
    private long priceOre;
    @Column(nullable = false)
    private Instant calculatedAt;
    private long calculatedByUserId;
    @Column(nullable = false, length = 200)
    private String calculatedByName;

    protected AddOnCostCalculation() {
    }

    AddOnCostCalculation(long addOnId, long municipalityId) {
        this.addOnId = addOnId;
        this.municipalityId = municipalityId;
    }

    void set(AddOnCostCalculations.CostItems items, AddOnCostCalculations.CostBreakdown result, Instant at, long userId, String userName) {
        this.hourlyWageOre = items.hourlyWageOre();
        this.pensionPercent = items.pensionPercent();
        this.holidayPercent = items.holidayPercent();
        this.minutesPerUnit = items.minutesPerUnit();
        this.travelMinutesPerUnit = items.travelMinutesPerUnit();
        this.materialsOre = items.materialsOre();
        this.overheadPercent = items.overheadPercent();
        this.administrationOre = items.administrationOre();
        this.unitCostOre = result.unitCostOre();
        this.priceOre = result.priceOre();
        this.calculatedAt = at;
        this.calculatedByUserId = userId;
        this.calculatedByName = userName;
    }

    AddOnCostCalculations.CostItems items() {
        return new AddOnCostCalculations.CostItems(hourlyWageOre, pensionPercent, holidayPercent, minutesPerUnit, travelMinutesPerUnit,
                materialsOre, overheadPercent, administrationOre);
    }

    Instant getCalculatedAt() {
        return calculatedAt;
    }

    String getCalculatedByName() {
        return calculatedByName;
    }
}
