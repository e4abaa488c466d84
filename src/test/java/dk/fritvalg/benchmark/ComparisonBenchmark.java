package dk.fritvalg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ComparisonFilter;
import dk.fritvalg.provider.ComparisonSort;
import dk.fritvalg.provider.ProviderComparisonService;
import dk.fritvalg.provider.ProviderFeature;
import dk.fritvalg.provider.ProviderSummary;
import dk.fritvalg.provider.ProviderType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test but a command: {@code ./mvnw -o test -Dtest=ComparisonBenchmark} (surefire leaves it out
 * of normal runs). Fills the schema {@code fritvalg_bench} at national scale once (see
 * {@link NationalScaleGenerator}), then times the comparison for København with every filter set,
 * through the service and as the same SQL over plain JDBC, and prints p50/p95.
 */
@SpringBootTest(properties = {
        "fritvalg.database.name=fritvalg_bench",
        "fritvalg.database.recreate=false",
        "fritvalg.catalogue.import-on-start=false",
        "fritvalg.cpr.hash-key=benchmark-only-key-not-a-secret-0123456789"})
@ActiveProfiles("test")
class ComparisonBenchmark {

    static final int WARM_UP = 300;
    static final int ITERATIONS = 500;

    /** The service's SQL with every filter set (one language, one feature), for the raw JDBC baseline. */
    static final String RAW_SQL = """
            SELECT p.id, p.name, p.type, p.description, p.accepting_new_citizens, p.languages, p.features,
                   a.model, a.valid_to, q.average_score, q.answer_count, q.period_start, q.period_end,
                   c.month, c.citizens, c.avg_distinct_helpers,
                   CASE WHEN q.answer_count >= ? THEN q.average_score END AS shown_score,
                   CASE WHEN c.citizens >= ? THEN c.avg_distinct_helpers END AS shown_helpers
            FROM provider p
            JOIN provider_agreement a ON a.id = (
                SELECT a2.id FROM provider_agreement a2
                WHERE a2.provider_id = p.id AND a2.service_area_id = ?
                  AND a2.valid_from <= ? AND (a2.valid_to IS NULL OR a2.valid_to >= ?)
                ORDER BY a2.valid_from DESC LIMIT 1)
            LEFT JOIN provider_quality q ON q.id = (
                SELECT q2.id FROM provider_quality q2
                WHERE q2.provider_id = p.id AND q2.dimension = 'OVERALL'
                ORDER BY q2.period_end DESC LIMIT 1)
            LEFT JOIN provider_continuity c ON c.provider_id = p.id AND c.month = (
                SELECT MAX(c2.month) FROM provider_continuity c2 WHERE c2.provider_id = p.id)
            WHERE p.municipality_id = ? AND p.suspended = FALSE
              AND p.accepting_new_citizens = TRUE AND p.type = ?
              AND EXISTS (SELECT 1 FROM provider_postcode pp WHERE pp.provider_id = p.id AND pp.postcode = ?)
              AND FIND_IN_SET(?, p.languages) > 0 AND FIND_IN_SET(?, p.features) > 0
            ORDER BY shown_score IS NULL, shown_score DESC, p.name, p.id""";

    @Autowired
    DataSource dataSource;
    @Autowired
    ProviderComparisonService comparison;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    Clock clock;

    @Test
    void comparisonForKoebenhavnWithAllFilters() throws SQLException {
        long started = System.nanoTime();
        NationalScaleGenerator generator = new NationalScaleGenerator(dataSource);
        boolean generated = generator.ensure();
        System.out.printf("%nData set %s in %.1f s%n", generated ? "generated" : "already there (marker matched)",
                (System.nanoTime() - started) / 1e9);
        printCounts();

        Municipality koebenhavn = municipalities.byCode("0101").orElseThrow();
        long area = municipalities.serviceArea(koebenhavn.getId(), ServiceAreaKind.PERSONAL_CARE).orElseThrow().getId();
        String postcode = generator.world().postcodes.get(koebenhavn.getId()).getFirst();
        ComparisonFilter filter = ComparisonFilter.area(area).withPostcode(postcode).withAcceptingOnly(true)
                .withLanguages(Set.of("en")).withFeatures(Set.of(ProviderFeature.FIXED_TEAM)).withType(ProviderType.PRIVATE)
                .withSort(ComparisonSort.SATISFACTION);
        LocalDate today = LocalDate.now(clock);
        int minimumGroupSize = koebenhavn.settings().minimumGroupSize();

        List<Long> serviceIds = comparison.compare(koebenhavn, filter).stream().map(ProviderSummary::id).toList();
        try (Connection connection = dataSource.getConnection()) {
            List<Long> rawIds = raw(connection, koebenhavn.getId(), area, today, postcode, minimumGroupSize);
            assertThat(serviceIds).as("the service and the raw SQL agree").isEqualTo(rawIds).isNotEmpty();
            explain(connection, koebenhavn.getId(), area, today, postcode, minimumGroupSize);

            for (int i = 0; i < WARM_UP; i++) {
                comparison.compare(koebenhavn, filter);
                raw(connection, koebenhavn.getId(), area, today, postcode, minimumGroupSize);
            }
            long[] service = new long[ITERATIONS];
            long[] rawTimes = new long[ITERATIONS];
            // Interleaved, so both see the same machine load (other builds run here too).
            for (int i = 0; i < ITERATIONS; i++) {
                long t0 = System.nanoTime();
                comparison.compare(koebenhavn, filter);
                long t1 = System.nanoTime();
                raw(connection, koebenhavn.getId(), area, today, postcode, minimumGroupSize);
                long t2 = System.nanoTime();
                service[i] = t1 - t0;
                rawTimes[i] = t2 - t1;
            }
            double serviceP50 = percentile(service, 50);
            double serviceP95 = percentile(service, 95);
            double rawP50 = percentile(rawTimes, 50);
            double rawP95 = percentile(rawTimes, 95);
            System.out.printf("""

                    Comparison benchmark: København (0101), personal care, all filters (postcode %s, accepting, English,
                    fixed team, private, by satisfaction): %d of %d providers match; %d iterations after %d warm-up
                      service  p50 %.3f ms   p95 %.3f ms
                      raw SQL  p50 %.3f ms   p95 %.3f ms
                      ratio    p50 %.2f      p95 %.2f   (service / raw)
                    Goals: p95 <= 50 ms: %s; service <= 1.5 x raw (p95): %s
                    %n""", postcode, serviceIds.size(), generator.world().providerIds.get(koebenhavn.getId()).size(), ITERATIONS, WARM_UP,
                    serviceP50, serviceP95, rawP50, rawP95, serviceP50 / rawP50, serviceP95 / rawP95,
                    serviceP95 <= 50 ? "met" : "NOT met", serviceP95 <= 1.5 * rawP95 ? "met" : "NOT met");
        }
    }

    private List<Long> raw(Connection connection, long municipalityId, long area, LocalDate today, String postcode, int minGroup)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, RAW_SQL, municipalityId, area, today, postcode, minGroup);
             ResultSet rs = statement.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                // Read every column, as the service does, so the comparison is fair.
                for (int column = 2; column <= 18; column++) {
                    rs.getObject(column);
                }
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, long municipalityId, long area, LocalDate today,
                                             String postcode, int minGroup) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int i = 1;
        statement.setInt(i++, minGroup);
        statement.setInt(i++, minGroup);
        statement.setLong(i++, area);
        statement.setDate(i++, Date.valueOf(today));
        statement.setDate(i++, Date.valueOf(today));
        statement.setLong(i++, municipalityId);
        statement.setString(i++, "PRIVATE");
        statement.setString(i++, postcode);
        statement.setString(i++, "en");
        statement.setString(i, "FIXED_TEAM");
        return statement;
    }

    private void explain(Connection connection, long municipalityId, long area, LocalDate today, String postcode, int minGroup)
            throws SQLException {
        System.out.println("EXPLAIN of the comparison query:");
        try (PreparedStatement statement = prepare(connection, "EXPLAIN " + RAW_SQL, municipalityId, area, today, postcode, minGroup);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                System.out.printf("  %-18s %-8s %-12s key=%-28s rows=%-6s %s%n", rs.getString("select_type"), rs.getString("table"),
                        rs.getString("type"), rs.getString("key"), rs.getString("rows"), rs.getString("Extra"));
            }
        }
    }

    private void printCounts() throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            StringBuilder line = new StringBuilder("Rows:");
            for (String table : List.of("municipality", "service_area", "provider", "provider_agreement", "provider_postcode",
                    "provider_quality", "provider_continuity", "citizen", "care_grant", "provider_choice")) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    line.append(' ').append(table).append('=').append(rs.getLong(1));
                }
            }
            System.out.println(line);
        }
    }

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
