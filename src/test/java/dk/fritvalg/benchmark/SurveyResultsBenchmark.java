package dk.fritvalg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.survey.Campaign;
import dk.fritvalg.survey.ScaleSummary;
import dk.fritvalg.survey.SurveyCampaigns;
import dk.fritvalg.survey.SurveyResults;
import dk.fritvalg.survey.SurveyResults.CampaignResults;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Not a test but a command: {@code /work/wt/mvn -B -ntp -Dtest=SurveyResultsBenchmark test} (surefire leaves it out of normal
 * runs). A national campaign of 100,000 responses, each with the nine scale questions answered (900,000 answer rows, about 8 %
 * "Ved ikke"), spread over every provider in the database, is written straight into the survey tables; then every provider's
 * results (n, mean, 95 % t-interval, distribution, withholding) are computed the way the portal does (one grouped pass over
 * the answers, the summaries in Java) and compared with a single SQL aggregate (n, sum, sum of squares per provider and
 * question, the interval from those). Times are printed; the means must agree.
 */
@IntegrationTest
class SurveyResultsBenchmark {

    static final int RESPONSES = 100_000;
    static final int RUNS = 5;

    @Autowired
    SurveyCampaigns campaigns;
    @Autowired
    SurveyResults results;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    JdbcClient jdbc;

    @Test
    void allProvidersResultsForOneHundredThousandAnswers() {
        long favrskov = fixture.municipalityId("0710");
        CitizenFixture.actAs(new PortalUser(995_001, "bench", "Benchmark", Role.MUNICIPAL_PROCUREMENT, favrskov, null, null, null, null, false));
        LocalDate today = LocalDate.now();
        long campaignId = campaigns.create(new SurveyCampaigns.NewCampaign("National benchmark", "efteråret 2026", today, today.plusDays(30),
                today, Set.of(fixture.area("0710", dk.fritvalg.municipality.ServiceAreaKind.PRACTICAL_HELP)), null, 7, 0));
        List<Long> providers = jdbc.sql("SELECT id FROM provider ORDER BY id").query(Long.class).list();
        List<Long> scaleQuestions = jdbc.sql("SELECT id FROM survey_question WHERE campaign_id = ? AND kind = 'SCALE' ORDER BY position")
                .param(campaignId).query(Long.class).list();

        long fill = System.nanoTime();
        Random random = new Random(12);
        long firstResponse = 0;
        for (int start = 0; start < RESPONSES; start += 1000) {
            StringBuilder sql = new StringBuilder("INSERT INTO survey_response (campaign_id, provider_id, channel, relative_assisted) VALUES ");
            for (int i = 0; i < 1000; i++) {
                long provider = providers.get(random.nextInt(providers.size()));
                sql.append(i == 0 ? "" : ",").append('(').append(campaignId).append(',').append(provider)
                        .append(random.nextInt(4) == 0 ? ",'LETTER'," : ",'EMAIL',").append(random.nextInt(10) == 0).append(')');
            }
            jdbc.sql(sql.toString()).update();
        }
        firstResponse = jdbc.sql("SELECT MIN(id) FROM survey_response WHERE campaign_id = ?").param(campaignId).query(Long.class).single();
        for (long from = firstResponse; from < firstResponse + RESPONSES; from += 200) {
            StringBuilder sql = new StringBuilder("INSERT INTO survey_answer (response_id, question_id, scale_value, dont_know) VALUES ");
            boolean first = true;
            for (long r = from; r < Math.min(from + 200, firstResponse + RESPONSES); r++) {
                for (long question : scaleQuestions) {
                    boolean dontKnow = random.nextInt(12) == 0;
                    int value = Math.min(5, 2 + random.nextInt(4) + (random.nextInt(3) == 0 ? 1 : 0));
                    sql.append(first ? "" : ",").append('(').append(r).append(',').append(question).append(',')
                            .append(dontKnow ? "NULL" : String.valueOf(value)).append(',').append(dontKnow).append(')');
                    first = false;
                }
            }
            jdbc.sql(sql.toString()).update();
        }
        System.out.printf("SURVEY BENCHMARK: wrote %,d responses and %,d answers for %d providers in %.1f s%n", RESPONSES,
                (long) RESPONSES * scaleQuestions.size(), providers.size(), (System.nanoTime() - fill) / 1e9);

        int minimum = 3;
        List<Double> portal = new ArrayList<>();
        List<Double> singleSql = new ArrayList<>();
        CampaignResults computed = null;
        Map<String, ScaleSummary> fromSql = new HashMap<>();
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            computed = results.results(campaignId);
            portal.add((System.nanoTime() - t0) / 1e6);

            long t1 = System.nanoTime();
            fromSql.clear();
            jdbc.sql("""
                            SELECT r.provider_id, a.question_id, COUNT(a.scale_value), COALESCE(SUM(a.scale_value), 0),
                                   COALESCE(SUM(a.scale_value * a.scale_value), 0), SUM(a.dont_know)
                            FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                            WHERE r.campaign_id = ? GROUP BY r.provider_id, a.question_id""")
                    .param(campaignId)
                    .query(rs -> {
                        fromSql.put(rs.getLong(1) + ":" + rs.getLong(2), ScaleSummary.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), null,
                                rs.getInt(6), minimum));
                    });
            singleSql.add((System.nanoTime() - t1) / 1e6);
        }
        SecurityContextHolder.clearContext();
        int checked = 0;
        for (SurveyResults.ScaleResult scale : computed.scales()) {
            for (var entry : scale.byProvider().entrySet()) {
                ScaleSummary sql = fromSql.get(entry.getKey() + ":" + scale.question().id());
                assertThat(entry.getValue().n()).isEqualTo(sql.n());
                assertThat(entry.getValue().mean()).isEqualByComparingTo(sql.mean());
                assertThat(entry.getValue().ciLow()).isEqualByComparingTo(sql.ciLow());
                checked++;
            }
        }
        System.out.printf("SURVEY BENCHMARK: %d provider × question results (n, mean, 95 %% CI, distribution, withholding), %d runs%n",
                checked, RUNS);
        System.out.printf("SURVEY BENCHMARK: portal (grouped pass + Java summaries, with rates and comments): %s ms%n", times(portal));
        System.out.printf("SURVEY BENCHMARK: single SQL aggregate (n, sum, sum of squares):                 %s ms%n", times(singleSql));
    }

    private static String times(List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        return String.format("min %.0f, median %.0f, max %.0f", sorted.getFirst(), sorted.get(sorted.size() / 2), sorted.getLast());
    }
}
