package dk.fritvalg.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.catalogue.AddOnCategory;
import dk.fritvalg.catalogue.AddOnCostCalculations;
import dk.fritvalg.catalogue.AddOnCostCalculations.CostBreakdown;
import dk.fritvalg.catalogue.AddOnCostCalculations.CostItems;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The cost calculator for the municipal provider's add-ons, with the figures worked out by hand; publishing makes the
 * price equal the calculation; private providers' add-ons are refused; who may do it; and the grant rule's mapping.
 */
@IntegrationTest
class AddOnCostTest {

    @Autowired
    AddOnCostCalculations costs;
    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providers;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    long municipalAddOn;
    long privateAddOn;

    @BeforeEach
    void freshMunicipality() {
        municipality = market.freshMunicipality();
        long municipal = registry.presenceIn(providers.organisation("Kommunens Pleje"), municipality.getId(), ProviderType.MUNICIPAL,
                Set.of("8000"));
        long privat = providers.chain("Privat Pleje ApS", Map.of(municipality.getCode(), Set.of("8000"))).get(municipality.getCode());
        municipalAddOn = addOn(jdbc, municipal, municipality.getId(), "Ekstra rengøring", true, 35_000, 25);
        privateAddOn = addOn(jdbc, privat, municipality.getId(), "Ekstra rengøring", false, 30_000, 25);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** 250 kr. an hour + 12 % pension + 12.5 % holiday pay, 45 + 15 min., 20 kr. materials, 10 % overhead, 5 kr. administration. */
    static CostItems example() {
        return new CostItems(25_000, new BigDecimal("12"), new BigDecimal("12.5"), 45, 15, 2_000, new BigDecimal("10"), 500);
    }

    @Test
    void theCalculatorsFiguresWorkedOutByHand() {
        // Wage incl. pension and holiday pay: 250.00 × 1.245 = 311.25 kr. an hour; 60 minutes of it = 311.25 kr.
        // Overhead: (311.25 + 20.00) × 10 % = 33.125 → 33.13 kr. (half up). Unit cost: 311.25 + 20.00 + 33.13 + 5.00 = 369.38 kr.
        CostBreakdown noVat = AddOnCostCalculations.calculate(example(), 0);
        assertThat(noVat.wagePerHourOre()).isEqualTo(31_125);
        assertThat(noVat.minutesTotal()).isEqualTo(60);
        assertThat(noVat.labourOre()).isEqualTo(31_125);
        assertThat(noVat.overheadOre()).isEqualTo(3_313);
        assertThat(noVat.unitCostOre()).isEqualTo(36_938);
        assertThat(noVat.priceOre()).isEqualTo(36_938);
        // With 25 % VAT: 369.38 × 1.25 = 461.725 → 461.73 kr.
        assertThat(AddOnCostCalculations.calculate(example(), 25).priceOre()).isEqualTo(46_173);

        // 220 kr. + 10.5 % + 12.5 % = 270.60 kr. an hour; 25 + 10 = 35 min. → 270.60 × 35 / 60 = 157.85 kr.;
        // overhead 15 % of 157.85 = 23.6775 → 23.68 kr.; + 3.50 kr. administration = 185.03 kr.
        CostBreakdown other = AddOnCostCalculations.calculate(new CostItems(22_000, new BigDecimal("10.5"), new BigDecimal("12.5"), 25, 10,
                0, new BigDecimal("15"), 350), 0);
        assertThat(other.wagePerHourOre()).isEqualTo(27_060);
        assertThat(other.labourOre()).isEqualTo(15_785);
        assertThat(other.overheadOre()).isEqualTo(2_368);
        assertThat(other.unitCostOre()).isEqualTo(18_503);

        // 20 minutes of 311.25 kr. = 103.75 kr.; a third of an øre is rounded, not lost: 7 minutes = 36.3125 → 36.31 kr.
        assertThat(AddOnCostCalculations.calculate(new CostItems(25_000, new BigDecimal("12"), new BigDecimal("12.5"), 7, 0, 0,
                BigDecimal.ZERO, 0), 0).unitCostOre()).isEqualTo(3_631);
    }

    @Test
    void publishingMakesThePriceEqualTheCalculationAndEveryoneCanReadIt() {
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_FINANCE, municipality.getId()));
        assertThatThrownBy(() -> costs.publish(municipalAddOn, example(), " ")).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("market.error.reason-required");
        CostBreakdown published = costs.publish(municipalAddOn, example(), "Ny overenskomst 2027");

        assertThat(published.priceOre()).isEqualTo(46_173);
        assertThat(published.calculatedBy()).isEqualTo("Test MUNICIPAL_FINANCE");
        assertThat(jdbc.queryForObject("SELECT price_ore FROM add_on WHERE id = ?", Long.class, municipalAddOn)).isEqualTo(46_173L);
        assertThat(costs.ofOwnMunicipality()).singleElement().satisfies(a -> {
            assertThat(a.priceOre()).isEqualTo(46_173);
            assertThat(a.priceMatchesCalculation()).isTrue();
        });
        SecurityContextHolder.clearContext();
        assertThat(costs.of(municipalAddOn)).get().extracting(CostBreakdown::unitCostOre).isEqualTo(36_938L);
        assertThat(costs.of(privateAddOn)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE municipality_id = ? AND event = 'ADD_ON_COST_PRICE_SET'",
                String.class, municipality.getId())).contains("350,00 kr.", "461,73 kr.", "369,38 kr.", "Ny overenskomst 2027");
    }

    @Test
    void badInputAPrivateAddOnAndOtherPeopleAreRefused() {
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId()));
        record Case(String key, CostItems items) {
        }
        for (Case c : List.of(
                new Case("catalogue.cost.error.negative", new CostItems(-1, BigDecimal.ONE, BigDecimal.ONE, 10, 0, 0, BigDecimal.ONE, 0)),
                new Case("catalogue.cost.error.percent", new CostItems(20_000, new BigDecimal("101"), BigDecimal.ONE, 10, 0, 0, BigDecimal.ONE, 0)),
                new Case("catalogue.cost.error.percent", new CostItems(20_000, new BigDecimal("1.125"), BigDecimal.ONE, 10, 0, 0, BigDecimal.ONE, 0)),
                new Case("catalogue.cost.error.missing", new CostItems(20_000, null, BigDecimal.ONE, 10, 0, 0, BigDecimal.ONE, 0)),
                new Case("catalogue.cost.error.nothing", new CostItems(20_000, BigDecimal.ONE, BigDecimal.ONE, 0, 0, 0, BigDecimal.ONE, 100)),
                new Case("catalogue.cost.error.minutes", new CostItems(20_000, BigDecimal.ONE, BigDecimal.ONE, 1_441, 0, 0, BigDecimal.ONE, 0)))) {
            assertThatThrownBy(() -> costs.publish(municipalAddOn, c.items(), "Test")).as(c.key()).isInstanceOf(BusinessException.class)
                    .extracting("messageKey").isEqualTo(c.key());
        }
        assertThatThrownBy(() -> costs.publish(privateAddOn, example(), "Test")).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("catalogue.cost.error.not-municipal");
        assertThat(jdbc.queryForObject("SELECT price_ore FROM add_on WHERE id = ?", Long.class, municipalAddOn)).isEqualTo(35_000L);

        long citizen = citizens.citizen(municipality.getCode(), "8000", null);
        for (PortalUser user : List.of(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, citizens.municipalityId("0621")),
                MarketFixture.staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, municipality.getId()),
                MarketFixture.staff(Role.MUNICIPAL_ADMIN, municipality.getId()),
                CitizenFixture.citizenUser(citizen, municipality.getId()),
                MarketFixture.organisationAdmin(providers.organisation("Fremmed ApS")))) {
            CitizenFixture.actAs(user);
            assertThatThrownBy(() -> costs.publish(municipalAddOn, example(), "Nej")).as(user.role().name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, municipality.getId()));
        assertThat(costs.ofOwnMunicipality()).hasSize(1);
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, municipality.getId()));
        assertThatThrownBy(() -> costs.ofOwnMunicipality()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT price_ore FROM add_on WHERE id = ?", Long.class, municipalAddOn)).isEqualTo(35_000L);
    }

    @Test
    void theGrantRuleSaysWhichGrantedHelpAnAddOnLiesNextTo() {
        assertThat(AddOnCategory.CLEANING.grantedArea()).contains(ServiceAreaKind.PRACTICAL_HELP);
        assertThat(AddOnCategory.SHOPPING.grantedArea()).contains(ServiceAreaKind.PRACTICAL_HELP);
        assertThat(AddOnCategory.PERSONAL_CARE.grantedArea()).contains(ServiceAreaKind.PERSONAL_CARE);
        assertThat(AddOnCategory.MEALS.grantedArea()).contains(ServiceAreaKind.MEALS);
        assertThat(AddOnCategory.COMPANION.grantedArea()).isEmpty();
    }

    /** An add-on of the provider (cleaning, per visit); the municipal provider's is cost based as the importer marks it. */
    static long addOn(JdbcTemplate jdbc, long provider, long municipalityId, String name, boolean costBased, long priceOre, int vat) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO add_on (version, catalogue_key, provider_id, municipality_id, name, category, description, unit, price_ore,
                                        vat_rate_percent, cost_based, weekdays, time_windows, updated_at)
                    VALUES (0, ?, ?, ?, ?, 'CLEANING', 'Grundig rengøring', 'PER_VISIT', ?, ?, ?, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY',
                            '08:00-12:00', NOW())""", new String[] {"id"});
            ps.setString(1, "kost-" + UUID.randomUUID());
            ps.setLong(2, provider);
            ps.setLong(3, municipalityId);
            ps.setString(4, name);
            ps.setLong(5, priceOre);
            ps.setInt(6, vat);
            ps.setBoolean(7, costBased);
            return ps;
        }, key);
        return key.getKey().longValue();
    }
}
