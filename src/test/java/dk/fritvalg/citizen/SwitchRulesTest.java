package dk.fritvalg.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.MunicipalitySettings;
import dk.fritvalg.municipality.SwitchApproval;
import dk.fritvalg.municipality.SwitchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The effective date of a switch, in Danish time, by notice days and by monthly cut-off. */
class SwitchRulesTest {

    private static MunicipalitySettings cutoff(int day) {
        return new MunicipalitySettings(ContractModel.APPROVAL, null, false, SwitchRule.MONTHLY_CUTOFF, null, day,
                SwitchApproval.AUTOMATIC, 3, null, null, null);
    }

    private static MunicipalitySettings notice(int days) {
        return new MunicipalitySettings(ContractModel.APPROVAL, null, false, SwitchRule.NOTICE_DAYS, days, null,
                SwitchApproval.AUTOMATIC, 3, null, null, null);
    }

    private static Instant danish(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), SwitchRules.DANISH_TIME).toInstant();
    }

    @ParameterizedTest(name = "cut-off 20, requested {0} → {1}")
    @CsvSource({
            // the cut-off day itself is in time, up to its last second in Danish time
            "2026-03-20T00:00:00, 2026-04-01",
            "2026-03-20T23:59:59, 2026-04-01",
            "2026-03-21T00:00:00, 2026-05-01",
            // month ends and year end
            "2026-01-31T12:00:00, 2026-03-01",
            "2026-12-20T08:00:00, 2027-01-01",
            "2026-12-31T23:30:00, 2027-02-01",
            // leap years: February has 29 days
            "2028-02-29T10:00:00, 2028-04-01",
            "2028-02-20T10:00:00, 2028-03-01",
    })
    void monthlyCutoff(String requested, LocalDate expected) {
        assertThat(SwitchRules.effectiveDate(cutoff(20), danish(requested))).isEqualTo(expected);
    }

    @Test
    void aCutoffBeyondTheMonthsLastDayMeansTheLastDay() {
        // cut-off 31: the 30th of a 30-day month and the 28th of February are both in time
        assertThat(SwitchRules.effectiveDate(cutoff(31), danish("2026-04-30T20:00:00"))).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(SwitchRules.effectiveDate(cutoff(31), danish("2027-02-28T20:00:00"))).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(SwitchRules.effectiveDate(cutoff(30), danish("2028-02-29T09:00:00"))).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void theRequestDateIsTheDanishDateNotTheUtcDate() {
        // 22:30 UTC on 20 March 2026 is 23:30 on the 20th in Copenhagen (winter time, UTC+1): in time
        assertThat(SwitchRules.effectiveDate(cutoff(20), Instant.parse("2026-03-20T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 4, 1));
        // 23:30 UTC is already 00:30 on the 21st in Copenhagen: too late
        assertThat(SwitchRules.effectiveDate(cutoff(20), Instant.parse("2026-03-20T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 5, 1));
        // summer time (UTC+2): 22:00 UTC on 20 August is midnight on the 21st in Copenhagen
        assertThat(SwitchRules.effectiveDate(cutoff(20), Instant.parse("2026-08-20T21:59:59Z"))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(SwitchRules.effectiveDate(cutoff(20), Instant.parse("2026-08-20T22:00:00Z"))).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void theDaylightSavingChangesDoNotMoveTheDate() {
        // Summer time starts 29 March 2026 at 02:00 (clocks jump to 03:00); the night has only 23 hours
        assertThat(SwitchRules.effectiveDate(notice(14), Instant.parse("2026-03-28T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 4, 12));
        assertThat(SwitchRules.effectiveDate(notice(1), Instant.parse("2026-03-29T21:59:00Z"))).isEqualTo(LocalDate.of(2026, 3, 30));
        // Winter time returns 25 October 2026 at 03:00 (clocks back to 02:00); 22:59 UTC on the 25th is 23:59 Danish time
        assertThat(SwitchRules.effectiveDate(notice(7), Instant.parse("2026-10-25T22:59:00Z"))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(SwitchRules.effectiveDate(notice(7), Instant.parse("2026-10-25T23:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 2));
        // the cut-off day is the day of the change itself: its last minute in Danish time is still in time
        assertThat(SwitchRules.effectiveDate(cutoff(25), Instant.parse("2026-10-25T22:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(SwitchRules.effectiveDate(cutoff(25), Instant.parse("2026-10-25T23:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @ParameterizedTest(name = "notice {1} days from {0} → {2}")
    @CsvSource({
            "2026-01-31T10:00:00, 30, 2026-03-02",
            "2028-02-15T10:00:00, 14, 2028-02-29",
            "2027-02-15T10:00:00, 14, 2027-03-01",
            "2026-12-25T10:00:00, 14, 2027-01-08",
    })
    void noticeDays(String requested, int days, LocalDate expected) {
        assertThat(SwitchRules.effectiveDate(notice(days), danish(requested))).isEqualTo(expected);
    }

    @Test
    void aNoticeOfZeroStillMeansTomorrow() {
        assertThat(SwitchRules.effectiveDate(notice(0), danish("2026-11-23T10:00:00"))).isEqualTo(LocalDate.of(2026, 11, 24));
    }
}
