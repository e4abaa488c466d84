package dk.fritvalg.settlement;

import static dk.fritvalg.settlement.SettlementFixture.MARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.rehabilitation.RehabilitationFixture;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestClock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The budget dashboard's figures on a worked example: spend to date, run-rate forecast, deviation, percentages, activity. */
@IntegrationTest
class BudgetFollowUpTest {

    @Autowired
    SettlementFixture fixture;
    @Autowired
    VisitImports imports;
    @Autowired
    Settlements settlements;
    @Autowired
    PaymentModels models;
    @Autowired
    BudgetFollowUp budgets;
    @Autowired
    RehabilitationFixture courses;

    SettlementFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.world();
        w.price(w.personalCare, SettlementUnit.HOUR, 40_000, LocalDate.of(2027, 1, 1));
        // 3 April 2027 is day 93 of 365: 25,5 % of the year has gone
        TestClock.setTo(LocalDate.of(2027, 4, 3).atTime(9, 0).atZone(TimeConfiguration.DANISH_TIME));
        CitizenFixture.actAs(w.finance());
        models.set(w.personalCare, PaymentTerms.grantedTime(), YearMonth.of(2027, 1));
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void spendToDateRunRateForecastDeviationAndActivityAgainstLastYear() {
        String p = ";" + w.providerCvr + ";Personlig pleje;";
        assertThat(imports.importCsv("visits.csv", "Cura", SettlementFixture.csv(
                "J1;" + w.cpr1 + p + "2027-01-10 08:00;900;900;h;LEVERET;",
                "M1;" + w.cpr1 + p + "2027-03-10 08:00;930;930;h;LEVERET;",
                "M2;" + w.cpr2 + p + "2027-03-11 08:00;930;930;h;LEVERET;",
                "L1;" + w.cpr2 + p + "2026-03-11 08:00;620;620;h;LEVERET;")).errors()).isEmpty();
        settlements.settle(YearMonth.of(2027, 1));
        settlements.settle(MARCH);
        budgets.setBudget(2027, w.personalCare, 4_000_000);
        long course = courses.course(w.municipality.getId(), w.citizen1, w.provider, RehabilitationModel.WHOLE, LocalDate.of(2027, 2, 20));

        BudgetFollowUp.Dashboard d = budgets.dashboard(2027);

        // January 15 hours × 400 = 6.000,00; March 31 hours × 400 = 12.400,00; spend to date 18.400,00
        assertThat(d.spentOre()).isEqualTo(1_840_000L);
        assertThat(d.monthsSettled()).isEqualTo(3);
        // run-rate: 18.400,00 ÷ 3 × 12 = 73.600,00; budget 40.000,00; deviation +33.600,00
        assertThat(d.forecastOre()).isEqualTo(7_360_000L);
        assertThat(d.deviationOre()).isEqualTo(3_360_000L);
        assertThat(d.spentPercent()).isEqualByComparingTo("46.0");
        assertThat(d.expectedPercent()).isEqualByComparingTo("25.5");
        assertThat(d.method()).contains("run-rate");
        assertThat(d.months().get(2).cumulativeOre()).isEqualTo(1_840_000L);
        // March: 1.860 min over 31 days = 1,0 hour per day; March last year: 620 min = 0,3
        BudgetFollowUp.Activity march = d.activity().get(2);
        assertThat(march.grantedHoursPerDay()).isEqualByComparingTo("1.0");
        assertThat(march.grantedHoursPerDayLastYear()).isEqualByComparingTo("0.3");
        assertThat(march.citizensInCourses()).isEqualTo(1);
        assertThat(d.activity().get(0).citizensInCourses()).isZero();
        assertThat(course).isPositive();
    }

    @Test
    void onlyFinanceStaffEnterTheBudgetAndOnlyTheirOwn() {
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_ADMIN, w.municipality.getId()));
        assertThat(budgets.dashboard(2027).budgetOre()).isZero();
        assertThatThrownBy(() -> budgets.setBudget(2027, w.personalCare, 100)).isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, w.municipality.getId()));
        assertThatThrownBy(() -> budgets.dashboard(2027)).isInstanceOf(AccessDeniedException.class);
        SettlementFixture.World other = fixture.world();
        CitizenFixture.actAs(other.finance());
        assertThatThrownBy(() -> budgets.setBudget(2027, w.personalCare, 100)).isInstanceOf(dk.fritvalg.shared.BusinessException.class);
    }
}
