package dk.fritvalg.provider;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A satisfaction figure for one dimension and survey period. Below the municipality's minimum group
 * size the average is withheld ({@code average} is null) so no answer can be traced to a citizen.
 *
 * @param ciLow       the lower end of the 95 % confidence interval (a t-interval on the 1–5 scale); null when unknown or withheld
 * @param source      where the figure comes from: a survey campaign, or demo figures (the demo profile only)
 * @param periodLabel how the survey's period reads, "efteråret 2026"; null for figures that are not from a campaign
 */
public record Satisfaction(QualityDimension dimension, BigDecimal average, int answerCount, LocalDate periodStart, LocalDate periodEnd,
                           BigDecimal ciLow, BigDecimal ciHigh, QualitySource source, String periodLabel) {

    public Satisfaction(QualityDimension dimension, BigDecimal average, int answerCount, LocalDate periodStart, LocalDate periodEnd) {
        this(dimension, average, answerCount, periodStart, periodEnd, null, null, QualitySource.DEMO, null);
    }

    static Satisfaction of(QualityDimension dimension, BigDecimal average, int answerCount, LocalDate periodStart,
                           LocalDate periodEnd, int minimumGroupSize) {
        return of(dimension, average, answerCount, periodStart, periodEnd, null, null, QualitySource.DEMO, null, minimumGroupSize);
    }

    static Satisfaction of(QualityDimension dimension, BigDecimal average, int answerCount, LocalDate periodStart, LocalDate periodEnd,
                           BigDecimal ciLow, BigDecimal ciHigh, QualitySource source, String periodLabel, int minimumGroupSize) {
        boolean shown = answerCount >= Math.max(3, minimumGroupSize) && average != null;
        return new Satisfaction(dimension, shown ? average : null, answerCount, periodStart, periodEnd, shown ? ciLow : null,
                shown ? ciHigh : null, source, periodLabel);
    }

    public boolean tooFewAnswers() {
        return average == null;
    }

    public boolean hasInterval() {
        return ciLow != null && ciHigh != null;
    }
}
