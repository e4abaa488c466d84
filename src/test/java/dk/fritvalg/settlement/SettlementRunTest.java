package dk.fritvalg.settlement;

import static dk.fritvalg.settlement.SettlementFixture.MARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The monthly run: settle, review, lock; a locked month never changes and late visits become correction lines; CSV; who may see what. */
@IntegrationTest
class SettlementRunTest {

    static final YearMonth APRIL = MARCH.plusMonths(1);

    @Autowired
    SettlementFixture fixture;
    @Autowired
    VisitImports imports;
    @Autowired
    Settlements settlements;
    @Autowired
    PaymentModels models;

    SettlementFixture.World w;
    long secondProvider;
    String secondCvr;

    @BeforeEach
    void world() {
        w = fixture.world();
        secondProvider = w.provider("Anden Hjemmepleje ApS");
        secondCvr = fixture.providers.byId(secondProvider).orElseThrow().getCvr();
        w.price(w.personalCare, SettlementUnit.HOUR, 40_000, LocalDate.of(2027, 3, 1));
        TestClock.setTo(LocalDate.of(2027, 4, 2).atTime(9, 0).atZone(TimeConfiguration.DANISH_TIME));
        CitizenFixture.actAs(w.finance());
        models.set(w.personalCare, PaymentTerms.favrskov(), MARCH);
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        SecurityContextHolder.clearContext();
    }

    private void visits(String file, String... lines) {
        assertThat(imports.importCsv(file, "Cura", SettlementFixture.csv(lines)).errors()).isEmpty();
    }

    private String visit(String id, String cvr, String day, int minutes) {
        return id + ";" + w.cpr1 + ";" + cvr + ";Personlig pleje;" + day + " 08:00;" + minutes + ";" + minutes + ";h-1;LEVERET;";
    }

    @Test
    void aLockedMonthNeverChangesAndALateVisitBecomesACorrectionInTheNextMonth() {
        visits("marts.csv", visit("R1", w.providerCvr, "2027-03-03", 60), visit("R2", secondCvr, "2027-03-04", 30));
        SettlementStatement march = settlements.settle(MARCH);
        assertThat(march.totalOre()).isEqualTo(40_000L + 20_000L);
        assertThat(march.providerTotals()).extracting(SettlementStatement.Total::amountOre).containsExactlyInAnyOrder(40_000L, 20_000L);
        assertThat(march.areaTotals()).singleElement().extracting(SettlementStatement.Total::amountOre).isEqualTo(60_000L);

        settlements.lock(MARCH);
        assertThatThrownBy(() -> settlements.settle(MARCH)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("settlement.error.locked");

        // a visit from March arrives after the lock, and one March visit is corrected from 60 to 90 minutes
        visits("marts-sen.csv", visit("R3", w.providerCvr, "2027-03-20", 30), visit("R1", w.providerCvr, "2027-03-03", 90));
        visits("april.csv", visit("R4", w.providerCvr, "2027-04-01", 60));

        assertThat(settlements.statement(MARCH).orElseThrow().totalOre()).as("the locked month is as it was").isEqualTo(60_000L);
        SettlementStatement april = settlements.settle(APRIL);
        List<SettlementLine> corrections = april.lines().stream().filter(SettlementLine::isCorrection).toList();
        // March is now 120 min for the first provider: 60 min more than settled = 400,00 kr., named as a correction of March
        assertThat(corrections).singleElement().satisfies(c -> {
            assertThat(c.correctsMonth()).isEqualTo(MARCH);
            assertThat(c.providerId()).isEqualTo(w.provider);
            assertThat(c.quantity()).isEqualByComparingTo("1.00");
            assertThat(c.amountOre()).isEqualTo(40_000L);
            assertThat(c.reason()).startsWith("Rettelse til marts 2027 (låst 2. april 2027)")
                    .contains("nu 2 besøg, 2 t visiteret tid").contains("tidligere afregnet 1,00 time = 400,00 kr.");
        });
        // April's own visit is there as well (April has no model of its own: the March model runs on)
        assertThat(april.totalOre()).isEqualTo(40_000L + 40_000L);

        // settling April again does not count the correction twice
        assertThat(settlements.settle(APRIL).totalOre()).isEqualTo(80_000L);
    }

    @Test
    void aMonthIsLockedOnlyWhenItIsOverAndSettled() {
        assertThatThrownBy(() -> settlements.lock(MARCH)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("settlement.error.not-settled");
        settlements.settle(APRIL);
        assertThatThrownBy(() -> settlements.lock(APRIL)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("settlement.error.month-not-over");
    }

    @Test
    void theCsvIsSemicolonSeparatedWithDanishDecimalsAndABom() {
        visits("marts.csv", visit("C1", w.providerCvr, "2027-03-03", 45), visit("C2", secondCvr, "2027-03-04", 30));
        settlements.settle(MARCH);

        byte[] all = settlements.csv(MARCH, null);
        assertThat(all[0]).isEqualTo((byte) 0xEF);
        assertThat(all[1]).isEqualTo((byte) 0xBB);
        assertThat(all[2]).isEqualTo((byte) 0xBF);
        String text = new String(all, StandardCharsets.UTF_8).substring(1);
        List<String> rows = text.lines().toList();
        assertThat(rows.getFirst()).isEqualTo(SettlementCsv.HEADER);
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("2027-03;Afregning Omsorg ApS;Personlig pleje;Besøg;0,75;time;400,00;300,00;1 besøg, 45 min visiteret tid;"));
        assertThat(rows.getLast()).isEqualTo("2027-03;;;I alt;;;;500,00;;");

        String one = new String(settlements.csv(MARCH, secondProvider), StandardCharsets.UTF_8);
        assertThat(one).doesNotContain("Afregning Omsorg ApS").contains("Anden Hjemmepleje ApS").contains(";I alt;;;;200,00;;");
    }

    @Test
    void aProviderReadsOnlyItsOwnStatementAndOtherMunicipalitiesSeeNothing() {
        visits("marts.csv", visit("P1", w.providerCvr, "2027-03-03", 60), visit("P2", secondCvr, "2027-03-04", 30));
        settlements.settle(MARCH);

        CitizenFixture.actAs(CitizenFixture.providerUser(w.provider));
        SettlementStatement own = settlements.providerStatement(w.provider, MARCH).orElseThrow();
        assertThat(own.lines()).extracting(SettlementLine::providerId).containsOnly(w.provider);
        assertThat(own.totalOre()).isEqualTo(40_000L);
        assertThat(new String(settlements.providerCsv(w.provider, MARCH), StandardCharsets.UTF_8)).doesNotContain("Anden Hjemmepleje");
        assertThatThrownBy(() -> settlements.providerStatement(secondProvider, MARCH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settlements.providerCsv(secondProvider, MARCH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settlements.statement(MARCH)).isInstanceOf(AccessDeniedException.class);

        SettlementFixture.World other = fixture.world();
        CitizenFixture.actAs(other.finance());
        assertThat(settlements.statement(MARCH)).as("another municipality's finance staff see their own (empty) month").isEmpty();
        assertThatThrownBy(() -> models.ofMunicipality(w.municipality.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> models.set(w.personalCare, PaymentTerms.grantedTime(), APRIL)).isInstanceOf(AccessDeniedException.class);

        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_ADMIN, w.municipality.getId()));
        assertThat(settlements.statement(MARCH)).isPresent();
        assertThatThrownBy(() -> settlements.lock(MARCH)).as("the administrator reads, finance settles").isInstanceOf(AccessDeniedException.class);
    }
}
