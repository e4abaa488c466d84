package dk.fritvalg.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Settlement prices: periods, the rule that a past month never changes, awarded tender prices, the audit trail, who may set them. */
@IntegrationTest
class SettlementPricesTest {

    @Autowired
    SettlementPrices prices;
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
    long personalCare;
    LocalDate firstOfThisMonth;

    @BeforeEach
    void freshMunicipality() {
        municipality = market.freshMunicipality();
        personalCare = market.area(municipality, ServiceAreaKind.PERSONAL_CARE);
        firstOfThisMonth = LocalDate.now(TimeConfiguration.DANISH_TIME).withDayOfMonth(1);
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId()));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewPriceFromADateEndsTheOneBeforeAndLeavesThePastAlone() {
        prices.setPrice(personalCare, SettlementUnit.HOUR, 41_250, firstOfThisMonth, "Takst for året");
        LocalDate nextYear = firstOfThisMonth.plusYears(1).withDayOfYear(1);

        prices.setPrice(personalCare, SettlementUnit.HOUR, 42_900, nextYear, "Ny takst efter genberegning");

        List<SettlementPrice> history = prices.history(personalCare, SettlementUnit.HOUR);
        assertThat(history).extracting(SettlementPrice::priceOre).containsExactly(41_250L, 42_900L);
        assertThat(history.get(0).validTo()).isEqualTo(nextYear.minusDays(1));
        assertThat(history.get(1).validTo()).isNull();
        assertThat(prices.validOn(personalCare, SettlementUnit.HOUR, nextYear.minusDays(1))).map(SettlementPrice::priceOre).contains(41_250L);
        assertThat(prices.validOn(personalCare, SettlementUnit.HOUR, nextYear)).map(SettlementPrice::priceOre).contains(42_900L);
        assertThat(prices.validOn(personalCare, SettlementUnit.VISIT, nextYear)).isEmpty();
        assertThat(prices.validOn(personalCare, SettlementUnit.HOUR, firstOfThisMonth.minusDays(1))).isEmpty();
        assertThat(prices.ofMunicipality(municipality.getId())).hasSize(2);
    }

    @Test
    void aPriceCanNeverStartInAMonthThatHasPassed() {
        assertThatThrownBy(() -> prices.setPrice(personalCare, SettlementUnit.HOUR, 40_000, firstOfThisMonth.minusDays(1), "For sent"))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.price.error.past-month");
        assertThat(prices.history(personalCare, SettlementUnit.HOUR)).isEmpty();
    }

    @Test
    void aLaterPlannedPriceMustBeCorrectedNotSkipped() {
        LocalDate nextMonth = firstOfThisMonth.plusMonths(1);
        prices.setPrice(personalCare, SettlementUnit.VISIT, 9_000, nextMonth.plusMonths(1), "Planlagt");

        assertThatThrownBy(() -> prices.setPrice(personalCare, SettlementUnit.VISIT, 8_500, nextMonth, "Før den planlagte"))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.price.error.later-price");

        prices.setPrice(personalCare, SettlementUnit.VISIT, 9_250, nextMonth.plusMonths(1), "Rettet");
        assertThat(prices.history(personalCare, SettlementUnit.VISIT)).singleElement()
                .satisfies(p -> assertThat(p.priceOre()).isEqualTo(9_250))
                .satisfies(p -> assertThat(p.reason()).isEqualTo("Rettet"));
    }

    @Test
    void everyChangeIsAuditedWithOldAndNewPriceAndReason() {
        prices.setPrice(personalCare, SettlementUnit.HOUR, 41_250, firstOfThisMonth, "Takst 2027");
        prices.setPrice(personalCare, SettlementUnit.HOUR, 43_000, firstOfThisMonth.plusMonths(2), "Ny overenskomst");

        List<String> details = jdbc.queryForList("""
                SELECT details FROM audit_entry WHERE municipality_id = ? AND event = 'SETTLEMENT_PRICE_SET' ORDER BY id""",
                String.class, municipality.getId());
        assertThat(details).hasSize(2);
        assertThat(details.get(1).split("\u001F")).containsExactly("Personlig pleje", "HOUR", "412,50 kr.", "430,00 kr.",
                firstOfThisMonth.plusMonths(2).toString(), "Ny overenskomst");
        assertThat(details.get(0).split("\u001F")[2]).isEqualTo("–");
    }

    @Test
    void aReasonIsRequired() {
        assertThatThrownBy(() -> prices.setPrice(personalCare, SettlementUnit.HOUR, 41_250, firstOfThisMonth, "  "))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.error.reason-required");
    }

    @Test
    void aTenderAgreementsAwardedPriceWinsForThatProviderOnly() {
        prices.setPrice(personalCare, SettlementUnit.HOUR, 41_250, firstOfThisMonth, "Takst");
        Map<String, Long> chain = providers.chain("Udbudsvinder ApS", Map.of(municipality.getCode(), Set.of("8000")));
        long winner = chain.get(municipality.getCode());
        LocalDate contractStart = firstOfThisMonth.plusDays(14);
        long agreement = registry.agree(winner, personalCare, AgreementModel.TENDER, contractStart, contractStart.plusYears(2), 50,
                38_900L, SettlementUnit.HOUR);

        assertThat(prices.priceFor(winner, personalCare, SettlementUnit.HOUR, contractStart.minusDays(1)))
                .hasValueSatisfying(p -> {
                    assertThat(p.priceOre()).isEqualTo(41_250);
                    assertThat(p.source()).isEqualTo(AppliedPrice.Source.MUNICIPAL_PRICE);
                });
        assertThat(prices.priceFor(winner, personalCare, SettlementUnit.HOUR, contractStart))
                .hasValueSatisfying(p -> {
                    assertThat(p.priceOre()).isEqualTo(38_900);
                    assertThat(p.source()).isEqualTo(AppliedPrice.Source.AWARDED_PRICE);
                    assertThat(p.sourceId()).isEqualTo(agreement);
                    assertThat(p.to()).isEqualTo(contractStart.plusYears(2));
                });
        // Another unit has no awarded price: the municipality's applies (none is set here).
        assertThat(prices.priceFor(winner, personalCare, SettlementUnit.VISIT, contractStart)).isEmpty();
        // A month's settlement sees the change in the middle of the month as two spans.
        List<AppliedPrice> month = prices.pricesBetween(winner, personalCare, SettlementUnit.HOUR, firstOfThisMonth,
                firstOfThisMonth.plusMonths(1).minusDays(1));
        assertThat(month).extracting(AppliedPrice::priceOre).containsExactly(41_250L, 38_900L);
        assertThat(month.get(0).to()).isEqualTo(contractStart.minusDays(1));
        assertThat(month.get(1).from()).isEqualTo(contractStart);
        assertThat(month.get(1).to()).isEqualTo(firstOfThisMonth.plusMonths(1).minusDays(1));
    }

    @Test
    void theCatalogueSeedsPricesAndTheAwardedPricesOfTenderAgreements() {
        long favrskovCare = citizens.area("0710", ServiceAreaKind.PERSONAL_CARE);
        assertThat(prices.validOn(favrskovCare, SettlementUnit.HOUR, LocalDate.of(2025, 6, 1))).map(SettlementPrice::priceOre).contains(39_875L);
        assertThat(prices.validOn(favrskovCare, SettlementUnit.HOUR, LocalDate.of(2025, 12, 31)).orElseThrow().validTo())
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(prices.validOn(favrskovCare, SettlementUnit.HOUR, LocalDate.of(2026, 1, 1))).map(SettlementPrice::priceOre).contains(41_250L);

        long koldingCare = citizens.area("0621", ServiceAreaKind.PERSONAL_CARE);
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(prices.priceFor(citizens.provider("kolding-fjordhjertet"), koldingCare, SettlementUnit.HOUR, day))
                .hasValueSatisfying(p -> assertThat(p).extracting(AppliedPrice::priceOre, AppliedPrice::source)
                        .containsExactly(39_800L, AppliedPrice.Source.AWARDED_PRICE));
        assertThat(prices.priceFor(citizens.provider("kolding-hjemmepleje"), koldingCare, SettlementUnit.HOUR, day))
                .hasValueSatisfying(p -> assertThat(p).extracting(AppliedPrice::priceOre, AppliedPrice::source)
                        .containsExactly(42_100L, AppliedPrice.Source.MUNICIPAL_PRICE));
    }

    @Test
    void onlyTheMunicipalitysProcurementStaffSetPrices() {
        long otherMunicipality = citizens.municipalityId("0621");
        List<Runnable> refused = List.of(
                () -> CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, otherMunicipality)),
                () -> CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, municipality.getId())),
                () -> CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_FINANCE, municipality.getId())),
                () -> CitizenFixture.actAs(MarketFixture.organisationAdmin(providers.organisation("Prisjæger ApS"))),
                () -> CitizenFixture.actAs(CitizenFixture.citizenUser(citizens.citizen("0621", "6000", null), otherMunicipality)));
        for (Runnable user : refused) {
            user.run();
            assertThatThrownBy(() -> prices.setPrice(personalCare, SettlementUnit.HOUR, 1, firstOfThisMonth, "Forsøg"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> prices.setPrice(personalCare, SettlementUnit.HOUR, 1, firstOfThisMonth, "Forsøg"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(prices.history(personalCare, SettlementUnit.HOUR)).isEmpty();
    }
}
