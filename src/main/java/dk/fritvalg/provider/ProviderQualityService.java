package dk.fritvalg.provider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes providers' quality figures. Demo data feeds it today; the satisfaction survey and the visit
 * records will feed it later. Writing again for the same period replaces the figure.
 */
@Service
public class ProviderQualityService {

    private final JdbcClient jdbc;

    ProviderQualityService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The average answer (1–5) and the number of answers for one dimension and survey period. */
    @Transactional
    public void recordSatisfaction(long providerId, QualityDimension dimension, LocalDate periodStart, LocalDate periodEnd,
                                   int answerCount, BigDecimal averageScore, QualitySource source) {
        if (averageScore.compareTo(BigDecimal.ONE) < 0 || averageScore.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw new IllegalArgumentException("A satisfaction score is between 1 and 5: " + averageScore);
        }
        if (answerCount < 0 || periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("Bad answer count or period");
        }
        jdbc.sql("""
                        INSERT INTO provider_quality (provider_id, dimension, period_start, period_end, answer_count, average_score, source)
                        VALUES (:provider, :dimension, :start, :end, :answers, :score, :source)
                        ON DUPLICATE KEY UPDATE period_start = VALUES(period_start), answer_count = VALUES(answer_count),
                            average_score = VALUES(average_score), source = VALUES(source)
                        """)
                .param("provider", providerId).param("dimension", dimension.name())
                .param("start", periodStart).param("end", periodEnd)
                .param("answers", answerCount).param("score", averageScore).param("source", source.name())
                .update();
    }

    /**
     * A survey campaign's published figure for one dimension: the mean with its 95 % interval, or, below the municipality's
     * minimum group size, only the number of answers (mean and interval null: nothing is stored that could be shown).
     */
    @Transactional
    public void recordSurveyResult(long providerId, QualityDimension dimension, LocalDate periodStart, LocalDate periodEnd,
                                   int answerCount, BigDecimal averageScore, BigDecimal ciLow, BigDecimal ciHigh, long campaignId,
                                   String periodLabel) {
        if (averageScore != null && (averageScore.compareTo(BigDecimal.ONE) < 0 || averageScore.compareTo(BigDecimal.valueOf(5)) > 0)) {
            throw new IllegalArgumentException("A satisfaction score is between 1 and 5: " + averageScore);
        }
        if (answerCount < 0 || periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("Bad answer count or period");
        }
        jdbc.sql("""
                        INSERT INTO provider_quality (provider_id, dimension, period_start, period_end, answer_count, average_score,
                                                      ci_low, ci_high, source, campaign_id, period_label)
                        VALUES (:provider, :dimension, :start, :end, :answers, :score, :low, :high, 'SURVEY', :campaign, :label)
                        ON DUPLICATE KEY UPDATE period_start = VALUES(period_start), answer_count = VALUES(answer_count),
                            average_score = VALUES(average_score), ci_low = VALUES(ci_low), ci_high = VALUES(ci_high),
                            source = 'SURVEY', campaign_id = VALUES(campaign_id), period_label = VALUES(period_label)
                        """)
                .param("provider", providerId).param("dimension", dimension.name())
                .param("start", periodStart).param("end", periodEnd).param("answers", answerCount).param("score", averageScore)
                .param("low", ciLow).param("high", ciHigh).param("campaign", campaignId).param("label", periodLabel)
                .update();
    }

    /** How many citizens the provider helped in a month and how many different helpers each met on average. */
    @Transactional
    public void recordContinuity(long providerId, YearMonth month, int citizens, BigDecimal averageDistinctHelpers) {
        if (citizens < 0 || averageDistinctHelpers.signum() < 0) {
            throw new IllegalArgumentException("Negative continuity figures");
        }
        jdbc.sql("""
                        INSERT INTO provider_continuity (provider_id, month, citizens, avg_distinct_helpers)
                        VALUES (:provider, :month, :citizens, :helpers)
                        ON DUPLICATE KEY UPDATE citizens = VALUES(citizens), avg_distinct_helpers = VALUES(avg_distinct_helpers)
                        """)
                .param("provider", providerId).param("month", month.atDay(1))
                .param("citizens", citizens).param("helpers", averageDistinctHelpers)
                .update();
    }
}
