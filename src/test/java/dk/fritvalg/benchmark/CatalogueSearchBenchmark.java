package dk.fritvalg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.catalogue.AddOnCategory;
import dk.fritvalg.catalogue.AddOnSearch;
import dk.fritvalg.catalogue.Eligibility;
import dk.fritvalg.catalogue.CatalogueService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.test.context.ActiveProfiles;

/**
 * Catalogue search at planning scale (50,000 offers, 98 municipalities, 1,000 providers): the service
 * call against the same query as raw JDBC. Run with {@code ./mvnw -o test -Dtest=CatalogueSearchBenchmark};
 * not part of the normal test run. Target: p95 ≤ 50 ms and at most 1.5 × the raw SQL.
 */
@SpringBootTest(properties = {"fritvalg.database.name=fritvalg_bench_addons", "fritvalg.database.recreate=true"})
@ActiveProfiles({"test", "demo"})
class CatalogueSearchBenchmark {

    private static final int WARM_UP = 1_000;
    private static final int MEASURED = 3_000;
    private static final int PAGE = 25;

    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void catalogueSearchAtPlanningScale() throws Exception {
        long started = System.nanoTime();
        AddOnCatalogueGenerator.Catalogue generated = AddOnCatalogueGenerator.generate(jdbc);
        System.out.printf("Generated %d add-ons for %d municipalities in %.1f s%n", jdbc.queryForObject("SELECT COUNT(*) FROM add_on", Integer.class),
                generated.municipalityIds().size(), (System.nanoTime() - started) / 1e9);

        List<AddOnSearch> searches = searches(generated, WARM_UP + MEASURED);
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(CatalogueService.SEARCH_SQL);
        long[] service = new long[MEASURED];
        long[] raw = new long[MEASURED];
        int rows = 0;
        {
            for (int i = 0; i < searches.size(); i++) {
                AddOnSearch search = searches.get(i);
                int offset = i % 4 == 3 ? PAGE : 0;
                // Alternate which goes first, so caches favour neither.
                long s;
                long r;
                if (i % 2 == 0) {
                    s = timeService(search, offset);
                    r = timeRaw(parsed, search, offset);
                } else {
                    r = timeRaw(parsed, search, offset);
                    s = timeService(search, offset);
                }
                if (i >= WARM_UP) {
                    service[i - WARM_UP] = s;
                    raw[i - WARM_UP] = r;
                    rows += catalogue.search(search, offset, PAGE).size() > 0 ? 1 : 0;
                }
            }
        }
        Percentiles serviceP = new Percentiles(service);
        Percentiles rawP = new Percentiles(raw);
        double ratio95 = serviceP.ms(95) / rawP.ms(95);
        double ratio50 = serviceP.ms(50) / rawP.ms(50);
        System.out.println("=== CatalogueSearchBenchmark: " + AddOnCatalogueGenerator.ADD_ONS + " offers, " + MEASURED + " searches, page " + PAGE + " ===");
        System.out.println("service CatalogueService.search : " + serviceP);
        System.out.println("raw JDBC, same SQL              : " + rawP);
        System.out.printf("ratio service/raw               : p50 %.2f×, p95 %.2f×%n", ratio50, ratio95);
        System.out.printf("searches with results           : %d of %d%n", rows, MEASURED);
        System.out.printf("verdict                         : p95 %s 50 ms, ratio %s 1.5×%n",
                serviceP.ms(95) <= 50 ? "≤" : ">", ratio95 <= 1.5 ? "≤" : ">");
        assertThat(serviceP.ms(95)).as("p95 of the service search in ms").isLessThanOrEqualTo(50.0);
        assertThat(ratio95).as("service p95 / raw SQL p95").isLessThanOrEqualTo(1.5);
    }

    private long timeService(AddOnSearch search, int offset) {
        long start = System.nanoTime();
        catalogue.search(search, offset, PAGE);
        return System.nanoTime() - start;
    }

    /** The same SQL through plain JDBC, taking a connection from the same pool as any server code would. */
    private long timeRaw(ParsedSql parsed, AddOnSearch search, int offset) throws Exception {
        MapSqlParameterSource params = CatalogueService.searchParameters(search, offset, PAGE);
        long start = System.nanoTime();
        String sql = NamedParameterUtils.substituteNamedParameters(parsed, params);
        Object[] values = NamedParameterUtils.buildValueArray(parsed, params, null);
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                SqlParameterValue value = (SqlParameterValue) values[i];
                if (value.getValue() == null) {
                    statement.setNull(i + 1, value.getSqlType());
                } else {
                    statement.setObject(i + 1, value.getValue(), value.getSqlType());
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<Object[]> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getLong(6), rs.getInt(7), rs.getBoolean(8), rs.getObject(9)});
                }
            }
        }
        return System.nanoTime() - start;
    }

    /** A fixed mix of what citizens search for: some filters set, most not. */
    private static List<AddOnSearch> searches(AddOnCatalogueGenerator.Catalogue catalogue, int count) {
        Random random = new Random(AddOnCatalogueGenerator.SEED + 1);
        List<AddOnSearch> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int m = random.nextInt(catalogue.municipalityIds().size());
            result.add(new AddOnSearch(catalogue.municipalityIds().get(m),
                    random.nextInt(2) == 0 ? AddOnCategory.values()[random.nextInt(AddOnCategory.values().length)] : null,
                    null,
                    random.nextInt(3) == 0 ? 10_000L + 10_000L * random.nextInt(40) : null,
                    random.nextInt(3) == 0 ? DayOfWeek.of(1 + random.nextInt(7)) : null,
                    catalogue.postcodes().get(m).get(random.nextInt(6)),
                    // As the portal searches for a citizen at home with a grant.
                    EnumSet.of(Eligibility.ANY, Eligibility.GRANT_HOLDERS)));
        }
        return result;
    }
}
