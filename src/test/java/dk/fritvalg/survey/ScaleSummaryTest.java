package dk.fritvalg.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Mean, n, distribution and the 95 % t-interval against hand calculations, and the minimum group rule. */
class ScaleSummaryTest {

    @Test
    void theIntervalIsTheTIntervalOfTheHandCalculation() {
        // answers 2, 3, 3, 3, 4, 4, 4, 4, 5, 5: n = 10, sum 37, mean 3.7; sum of squares 145,
        // s² = (145 − 10 × 3.7²) / 9 = 0.9, s = 0.948683, s/√n = 0.3; t(0.975; 9) = 2.262157 → ± 0.678647
        ScaleSummary summary = ScaleSummary.of(new long[] {0, 1, 3, 4, 2}, 2, 3);
        assertThat(summary.n()).isEqualTo(10);
        assertThat(summary.dontKnow()).isEqualTo(2);
        assertThat(summary.mean()).isEqualByComparingTo("3.70");
        assertThat(summary.ciLow()).isEqualByComparingTo("3.02");
        assertThat(summary.ciHigh()).isEqualByComparingTo("4.38");
        assertThat(summary.counts()).containsExactly(0, 1, 3, 4, 2);
    }

    @Test
    void theSameFiguresComeFromTheSumsOneSqlAggregateGives() {
        ScaleSummary fromSums = ScaleSummary.of(10, 37, 145, null, 0, 3);
        assertThat(fromSums.mean()).isEqualByComparingTo("3.70");
        assertThat(fromSums.ciLow()).isEqualByComparingTo("3.02");
        assertThat(fromSums.ciHigh()).isEqualByComparingTo("4.38");
    }

    @Test
    void theIntervalStaysOnTheScale() {
        ScaleSummary allFive = ScaleSummary.of(new long[] {0, 0, 0, 0, 7}, 0, 3);
        assertThat(allFive.mean()).isEqualByComparingTo("5.00");
        assertThat(allFive.ciLow()).isEqualByComparingTo("5.00");
        assertThat(allFive.ciHigh()).isEqualByComparingTo("5.00");
        // 5, 5, 4: mean 4.67, s = 0.577, t(2) = 4.303 → 3.23 to 6.10, cut at 5
        ScaleSummary three = ScaleSummary.of(new long[] {0, 0, 0, 1, 2}, 0, 3);
        assertThat(three.ciLow()).isEqualByComparingTo("3.23");
        assertThat(three.ciHigh()).isEqualByComparingTo("5.00");
        ScaleSummary allOne = ScaleSummary.of(new long[] {4, 0, 0, 0, 0}, 0, 3);
        assertThat(allOne.ciLow()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void nothingIsShownBelowTheMinimumGroupSizeAndTheMinimumIsNeverBelowThree() {
        ScaleSummary two = ScaleSummary.of(new long[] {0, 0, 0, 1, 1}, 5, 3);
        assertThat(two.withheld()).isTrue();
        assertThat(two.mean()).isNull();
        assertThat(two.ciLow()).isNull();
        assertThat(two.counts()).isNull();
        assertThat(two.n()).isEqualTo(2);
        assertThat(ScaleSummary.of(new long[] {0, 0, 1, 1, 1}, 0, 3).withheld()).isFalse();
        // a municipality's setting of 5: 4 answers withheld, 5 shown
        assertThat(ScaleSummary.of(new long[] {0, 0, 1, 2, 1}, 0, 5).withheld()).isTrue();
        assertThat(ScaleSummary.of(new long[] {0, 0, 1, 2, 2}, 0, 5).withheld()).isFalse();
        // a setting below three counts as three
        assertThat(ScaleSummary.of(new long[] {0, 0, 0, 1, 1}, 0, 2).withheld()).isTrue();
        assertThat(ScaleSummary.effectiveMinimum(1)).isEqualTo(3);
        // "Ved ikke" answers do not count towards n
        assertThat(ScaleSummary.of(new long[] {0, 0, 0, 0, 2}, 10, 3).withheld()).isTrue();
    }

    @Test
    void theTQuantileMatchesTheTables() {
        assertThat(ScaleSummary.tQuantile975(1)).isCloseTo(12.7062, within(1e-4));
        assertThat(ScaleSummary.tQuantile975(30)).isCloseTo(2.0423, within(1e-4));
        assertThat(ScaleSummary.tQuantile975(31)).isCloseTo(2.0395, within(1e-4));
        assertThat(ScaleSummary.tQuantile975(60)).isCloseTo(2.0003, within(1e-4));
        assertThat(ScaleSummary.tQuantile975(120)).isCloseTo(1.9799, within(1e-4));
        assertThat(ScaleSummary.tQuantile975(100_000)).isCloseTo(1.9600, within(1e-4));
    }
}
