package dk.fritvalg.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.survey.OutcomeScore.Band;
import org.junit.jupiter.api.Test;

/** WHO-5 and WHODAS-12 scored by hand: worked examples, the edges (all 0, all at the top), and missing items. */
class OutcomeScoreTest {

    private static OutcomeScore who5(Integer... items) {
        return OutcomeScore.of(Instrument.WHO5, items);
    }

    private static OutcomeScore whodas(Integer... items) {
        return OutcomeScore.of(Instrument.WHODAS12, items);
    }

    @Test
    void who5IsTheRawSumTimesFour() {
        // 3 + 3 + 2 + 3 + 2 = 13 → 52 %: not poor well-being (raw below 13 is)
        OutcomeScore thirteen = who5(3, 3, 2, 3, 2);
        assertThat(thirteen.raw()).isEqualByComparingTo("13");
        assertThat(thirteen.percent()).isEqualByComparingTo("52");
        assertThat(thirteen.poorWellBeing()).isFalse();
        // 2 × 5 = 10 → 40 %: poor, not flagged
        OutcomeScore ten = who5(2, 2, 2, 2, 2);
        assertThat(ten.percent()).isEqualByComparingTo("40");
        assertThat(ten.poorWellBeing()).isTrue();
        assertThat(ten.flagged()).isFalse();
        // 12 → 48 %: poor; 7 → 28 %: flagged for the caseworker; 8 → 32 %: not flagged
        assertThat(who5(3, 3, 2, 2, 2).poorWellBeing()).isTrue();
        assertThat(who5(1, 1, 2, 1, 2).percent()).isEqualByComparingTo("28");
        assertThat(who5(1, 1, 2, 1, 2).flagged()).isTrue();
        assertThat(who5(2, 1, 2, 1, 2).flagged()).isFalse();
    }

    @Test
    void who5AtTheEdgesAndWithAMissingItem() {
        assertThat(who5(0, 0, 0, 0, 0).percent()).isEqualByComparingTo("0");
        assertThat(who5(0, 0, 0, 0, 0).flagged()).isTrue();
        assertThat(who5(5, 5, 5, 5, 5).raw()).isEqualByComparingTo("25");
        assertThat(who5(5, 5, 5, 5, 5).percent()).isEqualByComparingTo("100");
        // WHO-5 has no imputation: a missing item means no score, never a 0
        OutcomeScore missing = who5(5, 5, null, 5, 5);
        assertThat(missing.scored()).isFalse();
        assertThat(missing.missing()).isEqualTo(1);
        assertThat(missing.poorWellBeing()).isFalse();
        assertThat(missing.flagged()).isFalse();
    }

    @Test
    void aChangeOfTenPercentagePointsIsSignificant() {
        OutcomeScore start = who5(2, 2, 2, 2, 2); // 40 %
        assertThat(who5(3, 2, 2, 2, 3).significantChangeFrom(start)).isFalse(); // 48 %
        assertThat(who5(3, 3, 2, 2, 3).significantChangeFrom(start)).isTrue(); // 52 %
        assertThat(who5(1, 2, 2, 1, 1).significantChangeFrom(start)).isTrue(); // 28 %: worse also counts
        assertThat(who5(3, 3, null, 2, 3).significantChangeFrom(start)).isFalse();
    }

    @Test
    void whodasIsTheSimpleSumAsAPercentageOfFortyEightWithItsBand() {
        assertThat(whodas(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).percent()).isEqualByComparingTo("0");
        assertThat(whodas(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).band()).isEqualTo(Band.NONE);
        OutcomeScore all4 = whodas(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        assertThat(all4.raw()).isEqualByComparingTo("48");
        assertThat(all4.percent()).isEqualByComparingTo("100");
        assertThat(all4.band()).isEqualTo(Band.EXTREME);
        // 12 × 1 = 12 → 25 %: moderate; 2 → 4.2 %: mild; 24 → 50 %: severe
        assertThat(whodas(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1).percent()).isEqualByComparingTo("25.0");
        assertThat(whodas(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1).band()).isEqualTo(Band.MODERATE);
        assertThat(whodas(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).percent()).isEqualByComparingTo("4.2");
        assertThat(whodas(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).band()).isEqualTo(Band.MILD);
        assertThat(whodas(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2).band()).isEqualTo(Band.SEVERE);
        assertThat(whodas(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1).significantChangeFrom(whodas(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4))).isFalse();
    }

    @Test
    void whodasImputesOneMissingItemFromTheOthersAndScoresNoneWithTwoMissing() {
        // eleven 2s and one missing: the mean 2 stands in, 24 → 50 %
        OutcomeScore one = whodas(2, 2, 2, 2, 2, null, 2, 2, 2, 2, 2, 2);
        assertThat(one.missing()).isEqualTo(1);
        assertThat(one.raw()).isEqualByComparingTo("24.00");
        assertThat(one.percent()).isEqualByComparingTo("50.0");
        // 3 + ten 0s and one missing: 3 × 12/11 = 3.27 → 6.8 %, not 3/48 = 6.3 %
        assertThat(whodas(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null).percent()).isEqualByComparingTo("6.8");
        OutcomeScore two = whodas(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, null, null);
        assertThat(two.scored()).isFalse();
        assertThat(two.band()).isNull();
    }

    @Test
    void itemsOutsideTheScaleAreRefused() {
        assertThatThrownBy(() -> who5(6, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> whodas(5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> who5(1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
