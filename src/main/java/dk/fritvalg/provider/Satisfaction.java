package dk.fritvalg.provider;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A satisfaction figure for one dimension and survey period. Below the municipality's minimum group
 * size the average is withheld ({@code average} is null) so no answer can be traced to a citizen.
 */
public record Satisfaction(QualityDimension dimension, BigDecimal average, int answerCount, LocalDate periodStart, LocalDate periodEnd) {

    static Satisfaction of(QualityDimension dimension, BigDecimal average, int answerCount, LocalDate periodStart,
                           LocalDate periodEnd, int minimumGroupSize) {
        return new Satisfaction(dimension, answerCount >= minimumGroupSize ? average : null, answerCount, periodStart, periodEnd);
    }

    public boolean tooFewAnswers() {
        return average == null;
    }
}
