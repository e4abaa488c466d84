package dk.fritvalg.settlement;

import static dk.fritvalg.settlement.SettlementFixture.MARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.rehabilitation.RehabilitationFixture;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Each payment model on a worked example computed by hand. March 2027: personal care costs 400,00 kr. an hour until
 * the 15th and 420,00 kr. from the 16th; summer time starts on Sunday 28 March (14:00 that day is 12:00 UTC).
 */
@IntegrationTest
class PaymentModelExamplesTest {

    @Autowired
    SettlementFixture fixture;
    @Autowired
    VisitImports imports;
    @Autowired
    SettlementEngine engine;
    @Autowired
    PaymentModels models;
    @Autowired
    RehabilitationFixture courses;
    @Autowired
    JdbcTemplate jdbc;

    SettlementFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.world();
        w.price(w.personalCare, SettlementUnit.HOUR, 40_000, LocalDate.of(2027, 3, 1));
        w.price(w.personalCare, SettlementUnit.HOUR, 42_000, LocalDate.of(2027, 3, 16));
        CitizenFixture.actAs(w.finance());
        String p = ";" + w.providerCvr + ";Personlig pleje;";
        VisitImportReport report = imports.importCsv("marts.csv", "Cura", SettlementFixture.csv(
                "V1;" + w.cpr1 + p + "2027-03-10 08:00;30;25;h-1;LEVERET;",
                "V2;" + w.cpr1 + p + "2027-03-10 18:00;30;35;h-2;LEVERET;",
                // cancelled one minute before the deadline: not paid under Favrskov's rule
                "V3;" + w.cpr2 + p + "2027-03-10 08:00;30;;;AFLYST_AF_BORGER;2027-03-09 13:59",
                // cancelled at 14:00 sharp: after the deadline, paid
                "V4;" + w.cpr2 + p + "2027-03-10 09:00;30;;;AFLYST_AF_BORGER;2027-03-09 14:00",
                "V5;" + w.cpr2 + p + "2027-03-11 09:00;30;;;AFLYST_AF_LEVERANDOER;",
                "V6;" + w.cpr2 + p + "2027-03-12 09:00;30;;;IKKE_LEVERET;",
                // Monday after the switch to summer time: 12:30 UTC on Sunday is 14:30 Danish time, after the deadline: paid
                "V7;" + w.cpr1 + p + "2027-03-29 08:00;60;;;AFLYST_AF_BORGER;2027-03-28T12:30:00Z",
                // 11:59 UTC is 13:59 Danish summer time, before the deadline: not paid (in winter time it would have been 12:59)
                "V8;" + w.cpr1 + p + "2027-03-29 09:00;60;;;AFLYST_AF_BORGER;2027-03-28T11:59:00Z"));
        assertThat(report.errors()).isEmpty();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private List<SettlementLine> settle(long area, PaymentTerms terms) {
        return engine.compute(w.municipality.getId(), MARCH, Map.of(area, terms));
    }

    private static long total(List<SettlementLine> lines) {
        return lines.stream().mapToLong(SettlementLine::amountOre).sum();
    }

    @Test
    void favrskovGrantedTimeMinusCitizenCancellationsBefore14TheDayBefore() {
        List<SettlementLine> lines = settle(w.personalCare, PaymentTerms.favrskov());

        // 1–15 March at 400 kr.: V1, V2 and V4 (cancelled at 14:00 sharp) = 3 × 30 min = 1,50 hours = 600,00 kr.
        // 16–31 March at 420 kr.: V7 (cancelled 14:30 summer time) = 60 min = 420,00 kr.
        List<SettlementLine> paid = lines.stream().filter(l -> l.kind() == LineKind.VISITS_PAID).toList();
        assertThat(paid).extracting(SettlementLine::quantity).containsExactly(new BigDecimal("1.50"), new BigDecimal("1.00"));
        assertThat(paid).extracting(SettlementLine::priceOre).containsExactly(40_000L, 42_000L);
        assertThat(paid).extracting(SettlementLine::amountOre).containsExactly(60_000L, 42_000L);
        assertThat(paid.getFirst().reason()).startsWith("3 besøg, 1 t 30 min visiteret tid, heraf 1 aflyst af borgeren efter fristen kl. 14:00 dagen før – betales")
                .contains("takst gældende 1. marts 2027 – 15. marts 2027");
        assertThat(total(lines)).isEqualTo(102_000L);
        // V3 and V8 cancelled before the deadline; V5 cancelled by the provider; V6 not delivered: explained, not paid
        assertThat(lines).filteredOn(l -> l.kind() == LineKind.VISITS_NOT_PAID).extracting(SettlementLine::reason).containsExactly(
                "2 besøg aflyst af borgeren før kl. 14:00 dagen før (1 t 30 min visiteret tid) – ikke betalt",
                "1 besøg aflyst af leverandøren – ikke betalt",
                "1 besøg ikke leveret – ikke betalt");
        assertThat(lines).allSatisfy(l -> assertThat(l.reason()).isNotBlank());
    }

    @Test
    void theDeadlineIsASetting() {
        // 12:00 two days before: V3 (13:59 the day before) and V4 are both late and paid; V8 was cancelled 13:59 the day before: paid
        PaymentTerms noon = new PaymentTerms(PaymentModelKind.ACTIVITY, TimeBasis.GRANTED, SettlementUnit.HOUR, true, 12, 2, 0, 0);
        List<SettlementLine> lines = settle(w.personalCare, noon);
        // 1–15: V1, V2, V3, V4 = 120 min at 400 = 800,00; 16–31: V7, V8 = 120 min at 420 = 840,00
        assertThat(total(lines)).isEqualTo(164_000L);
    }

    @Test
    void grantedTimeWithoutTheRuleAndDeliveredTime() {
        // granted: V1–V4 = 2 hours at 400 = 800,00; V7, V8 = 2 hours at 420 = 840,00
        assertThat(total(settle(w.personalCare, PaymentTerms.grantedTime()))).isEqualTo(164_000L);
        // delivered: V1 25 min + V2 35 min = 1 hour at 400 = 400,00; nothing delivered after the 15th
        List<SettlementLine> delivered = settle(w.personalCare, PaymentTerms.deliveredTime());
        assertThat(total(delivered)).isEqualTo(40_000L);
        assertThat(delivered.getFirst().reason()).startsWith("2 leverede besøg, 1 t leveret tid (visiteret 1 t)");
        assertThat(delivered).extracting(SettlementLine::reason).contains("4 besøg aflyst af borgeren – ikke betalt, da modellen betaler leveret tid");
    }

    @Test
    void perVisitPricesCountVisits() {
        w.price(w.personalCare, SettlementUnit.VISIT, 25_000, LocalDate.of(2027, 3, 1));
        CitizenFixture.actAs(w.finance());
        PaymentTerms perVisit = new PaymentTerms(PaymentModelKind.ACTIVITY, TimeBasis.GRANTED, SettlementUnit.VISIT, true, 14, 1, 0, 0);
        // V1, V2, V4, V7 = 4 visits × 250,00 kr.
        assertThat(total(settle(w.personalCare, perVisit))).isEqualTo(100_000L);
    }

    private void finish(long course, String result, LocalDate on) {
        jdbc.update("UPDATE rehabilitation_course SET status = 'FINISHED', result = ?, finished_on = ? WHERE id = ?", result, on, course);
    }

    @Test
    void koldingBaseOf45MinutesAWeekAndA120MinuteBonusAndACourseThatFails() {
        w.price(w.rehabilitation, SettlementUnit.HOUR, 42_000, LocalDate.of(2027, 3, 1));
        CitizenFixture.actAs(w.finance());
        long reached = courses.course(w.municipality.getId(), w.citizen1, w.provider, RehabilitationModel.WHOLE, LocalDate.of(2027, 3, 1));
        long failed = courses.course(w.municipality.getId(), w.citizen2, w.provider, RehabilitationModel.WHOLE, LocalDate.of(2027, 3, 15));
        finish(reached, "GOAL_REACHED", LocalDate.of(2027, 3, 28));
        finish(failed, "GOAL_NOT_REACHED", LocalDate.of(2027, 3, 28));

        List<SettlementLine> lines = settle(w.rehabilitation, PaymentTerms.kolding());

        // base: 28 + 14 = 42 course days × 45 min / 7 = 270 min = 4,50 hours × 420 = 1.890,00 kr.
        SettlementLine base = lines.stream().filter(l -> l.kind() == LineKind.COURSE_BASE).findFirst().orElseThrow();
        assertThat(base.quantity()).isEqualByComparingTo("4.50");
        assertThat(base.amountOre()).isEqualTo(189_000L);
        assertThat(base.reason()).isEqualTo("Grundbetaling: 2 forløb, 42 forløbsdage á 45 min pr. uge = 4 t 30 min");
        // bonus: the one course that reached its goal, 120 min = 2 hours × 420 = 840,00 kr.
        SettlementLine bonus = lines.stream().filter(l -> l.kind() == LineKind.COURSE_BONUS).findFirst().orElseThrow();
        assertThat(bonus.amountOre()).isEqualTo(84_000L);
        assertThat(lines).extracting(SettlementLine::reason).contains("1 forløb afsluttet uden at nå målet – ingen bonus");
        assertThat(total(lines)).isEqualTo(273_000L);
    }

    @Test
    void resultBasedPaysOnlyTheCourseThatReachedItsGoal() {
        w.price(w.rehabilitation, SettlementUnit.COURSE, 1_500_000, LocalDate.of(2027, 3, 1));
        CitizenFixture.actAs(w.finance());
        long reached = courses.course(w.municipality.getId(), w.citizen1, w.provider, RehabilitationModel.WHOLE, LocalDate.of(2027, 1, 4));
        long failed = courses.course(w.municipality.getId(), w.citizen2, w.provider, RehabilitationModel.WHOLE, LocalDate.of(2027, 1, 11));
        courses.course(w.municipality.getId(), w.citizen2, w.provider, RehabilitationModel.WHOLE, LocalDate.of(2027, 3, 1));
        finish(reached, "GOAL_REACHED", LocalDate.of(2027, 3, 5));
        finish(failed, "GOAL_NOT_REACHED", LocalDate.of(2027, 3, 8));

        List<SettlementLine> lines = settle(w.rehabilitation, PaymentTerms.resultBased());

        assertThat(total(lines)).isEqualTo(1_500_000L);
        assertThat(lines).extracting(SettlementLine::reason).containsExactly(
                "1 forløb afsluttet med målet nået – betales pr. forløb",
                "1 forløb afsluttet uden at nå målet – ikke betalt (resultatbaseret model)",
                "1 forløb i gang – betales, hvis de afsluttes med målet nået");
    }

    @Test
    void resultAndCombinationModelsAreOnlyForRehabilitation() {
        assertThatThrownBy(() -> models.set(w.personalCare, PaymentTerms.kolding(), MARCH))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("settlement.model.error.courses-only");
        PaymentModel kolding = models.set(w.rehabilitation, PaymentTerms.kolding(), MARCH);
        assertThat(kolding.terms().baseMinutesPerWeek()).isEqualTo(45);
        assertThat(kolding.terms().bonusMinutes()).isEqualTo(120);
        models.set(w.personalCare, PaymentTerms.favrskov(), MARCH);
        models.set(w.personalCare, PaymentTerms.deliveredTime(), MARCH.plusMonths(2));
        assertThat(models.termsIn(w.municipality.getId(), MARCH.plusMonths(1))).containsEntry(w.personalCare, PaymentTerms.favrskov());
        assertThat(models.termsIn(w.municipality.getId(), MARCH.plusMonths(2))).containsEntry(w.personalCare, PaymentTerms.deliveredTime());
        assertThatThrownBy(() -> models.set(w.personalCare, PaymentTerms.grantedTime(), MARCH.plusMonths(1)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("settlement.model.error.later-model");
    }
}
