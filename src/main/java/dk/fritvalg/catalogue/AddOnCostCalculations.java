package dk.fritvalg.catalogue;

import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cost calculator for the municipal provider's add-ons (the free-municipality trial rule): the price is the average
 * long-run cost of one unit, with no profit and no price below cost. The cost items give the unit cost; publishing sets
 * the add-on's price to exactly that (plus VAT where the add-on carries VAT), so the published price always equals the
 * calculation. Anyone may read a published calculation (the price is public); the procurement and finance offices set it.
 */
@Service
public class AddOnCostCalculations {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /**
     * What one unit costs: the hourly wage (before pension and holiday pay), pension and holiday pay as percentages of it,
     * the minutes of work and of travel per unit, materials per unit, overhead as a percentage of wages and materials,
     * and administration per unit (ordering, invoicing).
     */
    public record CostItems(long hourlyWageOre, BigDecimal pensionPercent, BigDecimal holidayPercent, int minutesPerUnit,
                            int travelMinutesPerUnit, long materialsOre, BigDecimal overheadPercent, long administrationOre) {
    }

    /** The calculation line by line, each rounded to whole øre, and the price it gives. */
    public record CostBreakdown(CostItems items, long wagePerHourOre, int minutesTotal, long labourOre, long materialsOre,
                                long overheadOre, long administrationOre, long unitCostOre, int vatRatePercent, long priceOre,
                                Instant calculatedAt, String calculatedBy) {
    }

    /** A municipal add-on with its published price and calculation (if one was made in the portal). */
    public record MunicipalAddOn(long addOnId, String name, AddOnCategory category, AddOnUnit unit, long priceOre, int vatRatePercent,
                                 Optional<CostBreakdown> calculation) {

        /** Whether the published price is the calculated one (it is not, for a price only imported from a file). */
        public boolean priceMatchesCalculation() {
            return calculation.map(c -> c.priceOre() == priceOre).orElse(false);
        }
    }

    private final AddOnRepository addOns;
    private final AddOnCostCalculationRepository calculations;
    private final ProviderService providers;
    private final AccessGuard accessGuard;
    private final Clock clock;

    AddOnCostCalculations(AddOnRepository addOns, AddOnCostCalculationRepository calculations, ProviderService providers,
                          AccessGuard accessGuard, Clock clock) {
        this.addOns = addOns;
        this.calculations = calculations;
        this.providers = providers;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /**
     * The calculation: wage per hour incl. pension and holiday pay = wage × (1 + pension % + holiday %); labour = that × (work +
     * travel minutes) / 60; overhead = (labour + materials) × overhead %; unit cost = labour + materials + overhead +
     * administration; price = unit cost × (1 + VAT %). Each line is rounded half up to whole øre before it is added.
     */
    public static CostBreakdown calculate(CostItems items, int vatRatePercent) {
        validate(items);
        long wage = round(BigDecimal.valueOf(items.hourlyWageOre())
                .multiply(HUNDRED.add(items.pensionPercent()).add(items.holidayPercent())).divide(HUNDRED));
        int minutes = items.minutesPerUnit() + items.travelMinutesPerUnit();
        long labour = round(BigDecimal.valueOf(wage).multiply(BigDecimal.valueOf(minutes)).divide(MINUTES_PER_HOUR, 6, RoundingMode.HALF_UP));
        long overhead = round(BigDecimal.valueOf(labour + items.materialsOre()).multiply(items.overheadPercent()).divide(HUNDRED));
        long unitCost = labour + items.materialsOre() + overhead + items.administrationOre();
        long price = round(BigDecimal.valueOf(unitCost).multiply(BigDecimal.valueOf(100L + vatRatePercent)).divide(HUNDRED));
        return new CostBreakdown(items, wage, minutes, labour, items.materialsOre(), overhead, items.administrationOre(), unitCost,
                vatRatePercent, price, null, null);
    }

    /** The published calculation of an add-on's price, for anyone who sees the price. */
    @Transactional(readOnly = true)
    public Optional<CostBreakdown> of(long addOnId) {
        return addOns.findById(addOnId).filter(AddOn::isCostBased)
                .flatMap(a -> calculations.findById(addOnId).map(c -> breakdown(c, a.offer().vatRatePercent())));
    }

    /** The own municipality's municipal add-ons with their prices and calculations. */
    @Transactional(readOnly = true)
    public List<MunicipalAddOn> ofOwnMunicipality() {
        long municipalityId = ((Target.Municipality) accessGuard.requireOwn(Permission.VIEW_ADD_ON_COSTS).target()).municipalityId();
        return addOns.findByMunicipalityIdAndActiveTrueOrderByName(municipalityId).stream().filter(this::municipal)
                .map(a -> new MunicipalAddOn(a.getId(), a.getName(), a.offer().category(), a.getUnit(), a.getPriceOre(),
                        a.offer().vatRatePercent(), calculations.findById(a.getId()).map(c -> breakdown(c, a.offer().vatRatePercent()))))
                .toList();
    }

    /**
     * Calculates the unit cost of a municipal add-on and publishes it as the add-on's price, with the reason recorded in
     * the audit trail (old and new price). Refused for a private provider's add-on: private providers set their own prices.
     */
    @Transactional
    public CostBreakdown publish(long addOnId, CostItems items, String reason) {
        AddOn addOn = addOns.findById(addOnId).orElseThrow(() -> new BusinessException("catalogue.cost.error.no-add-on"));
        Access access = accessGuard.require(Permission.SET_ADD_ON_COST_PRICES, Target.municipality(addOn.getMunicipalityId()));
        if (!municipal(addOn)) {
            throw new BusinessException("catalogue.cost.error.not-municipal");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("market.error.reason-required");
        }
        if (why.length() > 1000) {
            throw new BusinessException("market.error.reason-too-long", 1000);
        }
        CostBreakdown result = calculate(items, addOn.offer().vatRatePercent());
        Instant now = clock.instant();
        AddOnCostCalculation calculation = calculations.findById(addOnId)
                .orElseGet(() -> new AddOnCostCalculation(addOnId, addOn.getMunicipalityId()));
        calculation.set(items, result, now, access.user().id(), access.user().displayName());
        calculations.save(calculation);
        long old = addOn.getPriceOre();
        addOn.costPrice(result.priceOre(), now);
        access.record(AuditEvent.ADD_ON_COST_PRICE_SET, addOn.getName(), kroner(old), kroner(result.priceOre()), kroner(result.unitCostOre()),
                why);
        return breakdown(calculation, addOn.offer().vatRatePercent());
    }

    private boolean municipal(AddOn addOn) {
        return addOn.isCostBased() || providers.byId(addOn.getProviderId()).map(p -> p.getType() == ProviderType.MUNICIPAL).orElse(false);
    }

    private static CostBreakdown breakdown(AddOnCostCalculation c, int vatRatePercent) {
        CostBreakdown b = calculate(c.items(), vatRatePercent);
        return new CostBreakdown(b.items(), b.wagePerHourOre(), b.minutesTotal(), b.labourOre(), b.materialsOre(), b.overheadOre(),
                b.administrationOre(), b.unitCostOre(), vatRatePercent, b.priceOre(), c.getCalculatedAt(), c.getCalculatedByName());
    }

    private static void validate(CostItems items) {
        if (items == null || items.pensionPercent() == null || items.holidayPercent() == null || items.overheadPercent() == null) {
            throw new BusinessException("catalogue.cost.error.missing");
        }
        if (items.hourlyWageOre() < 0 || items.materialsOre() < 0 || items.administrationOre() < 0 || items.minutesPerUnit() < 0
                || items.travelMinutesPerUnit() < 0) {
            throw new BusinessException("catalogue.cost.error.negative");
        }
        for (BigDecimal percent : List.of(items.pensionPercent(), items.holidayPercent(), items.overheadPercent())) {
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.scale() > 2) {
                throw new BusinessException("catalogue.cost.error.percent");
            }
        }
        if (items.minutesPerUnit() + items.travelMinutesPerUnit() > 24 * 60) {
            throw new BusinessException("catalogue.cost.error.minutes");
        }
        if ((items.hourlyWageOre() == 0 || items.minutesPerUnit() + items.travelMinutesPerUnit() == 0) && items.materialsOre() == 0) {
            // A free add-on would be a price below cost: something has to cost something.
            throw new BusinessException("catalogue.cost.error.nothing");
        }
    }

    private static long round(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String kroner(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString().replace('.', ',') + " kr.";
    }
}
