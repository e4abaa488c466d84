package dk.fritvalg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.Role;
import dk.fritvalg.settlement.BudgetFollowUp;
import dk.fritvalg.settlement.PaymentModels;
import dk.fritvalg.settlement.PaymentTerms;
import dk.fritvalg.settlement.SettlementStatement;
import dk.fritvalg.settlement.Settlements;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test but a command: {@code /work/wt/mvn -B -ntp test -Dtest=SettlementBenchmark} (surefire leaves it out of
 * normal runs). Builds the schema {@code fritvalg_bench_settlement} afresh with one large municipality: 100 providers,
 * 40,000 citizens and 1,000,000 visits in November 2026 (the national month at planning scale, all in one
 * municipality, which is the hardest case for one run), in two activity-based areas (Favrskov's rule on personal care,
 * delivered time on practical help), plus 3,000 rehabilitation courses over 2025–2026. Then:
 * <ol>
 * <li>settling the month through {@link Settlements#settle} (the real path: guard, one grouped query, prices per
 *     provider, lines stored, audit) against one plain SQL aggregate over the same rows, alternating, and prints
 *     p50, the absolute times and the ratio (goal ≤ 2×);</li>
 * <li>the budget dashboard ({@link BudgetFollowUp#dashboard}) 300 times after 50 warm-up runs, p95 (goal ≤ 200 ms).</li>
 * </ol>
 */
@SpringBootTest(properties = {"fritvalg.database.name=fritvalg_bench_settlement", "fritvalg.database.recreate=true"})
@ActiveProfiles({"test", "demo"})
class SettlementBenchmark {

    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final int VISITS = 1_000_000;
    static final int PROVIDERS = 100;
    static final int CITIZENS = 40_000;
    static final int SETTLE_WARM_UP = 2;
    static final int SETTLE_RUNS = 7;

    static final String BASELINE = """
            SELECT provider_id, service_area_id, COUNT(*), SUM(granted_minutes), SUM(delivered_minutes)
            FROM visit WHERE municipality_id = ? AND planned_date BETWEEN ? AND ?
            GROUP BY provider_id, service_area_id""";

    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providerFixture;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    PaymentModels models;
    @Autowired
    Settlements settlements;
    @Autowired
    BudgetFollowUp budgets;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void settlingAMillionVisitsAndTheBudgetDashboard() {
        long started = System.nanoTime();
        Municipality municipality = market.freshMunicipality();
        long m = municipality.getId();
        long personal = market.area(municipality, ServiceAreaKind.PERSONAL_CARE);
        long practical = market.area(municipality, ServiceAreaKind.PRACTICAL_HELP);
        long rehabilitation = market.area(municipality, ServiceAreaKind.REHABILITATION);
        jdbc.execute("CREATE TABLE bench_provider (n INT PRIMARY KEY, id BIGINT NOT NULL)");
        for (int i = 0; i < PROVIDERS; i++) {
            long organisation = providerFixture.organisation("Bench Omsorg " + i);
            long id = registry.presenceIn(organisation, m, ProviderType.PRIVATE, Set.of("8000"));
            jdbc.update("INSERT INTO bench_provider VALUES (?, ?)", i, id);
        }
        jdbc.update("""
                INSERT INTO citizen (municipality_id, cpr_hash, cpr_masked, birth_date, first_name, last_name, address, postcode, city, updated_at)
                SELECT ?, SHA2(CONCAT('bench-', ?, '-', seq), 256), '010140-XXXX', '1940-01-01', 'Bench', CONCAT('Borger ', seq),
                       'Benchvej 1', '8000', 'Benchby', NOW(6)
                FROM seq_1_to_40000""", m, m);
        jdbc.execute("CREATE TABLE bench_citizen (n INT PRIMARY KEY, id BIGINT NOT NULL)");
        jdbc.update("INSERT INTO bench_citizen SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM citizen WHERE municipality_id = ?", m);
        // November has no change of summer time: Danish time is UTC+1 all month.
        jdbc.update("""
                INSERT INTO visit (municipality_id, source, source_visit_id, citizen_id, provider_id, service_area_id, planned_start,
                                   planned_date, granted_minutes, delivered_minutes, helper_ref, status, cancelled_at, cancelled_at_local,
                                   created_at, updated_at)
                SELECT ?, 'bench', CONCAT('b', s.seq), c.id, p.id, IF(s.seq % 5 = 0, ?, ?),
                       TIMESTAMP(d.day, MAKETIME(6 + s.seq % 14, 0, 0)) - INTERVAL 1 HOUR, d.day,
                       15 + (s.seq % 4) * 15,
                       IF(s.seq % 20 >= 3, 10 + (s.seq % 4) * 15 + s.seq % 11, 0),
                       CONCAT('h', p.n, '-', s.seq % 12),
                       CASE s.seq % 20 WHEN 0 THEN 'CANCELLED_BY_CITIZEN' WHEN 1 THEN 'CANCELLED_BY_PROVIDER' WHEN 2 THEN 'NOT_DELIVERED'
                            ELSE 'DELIVERED' END,
                       IF(s.seq % 20 = 0, TIMESTAMP(d.day - INTERVAL 1 DAY, MAKETIME(IF(s.seq % 40 = 0, 10, 16), 0, 0)) - INTERVAL 1 HOUR, NULL),
                       IF(s.seq % 20 = 0, TIMESTAMP(d.day - INTERVAL 1 DAY, MAKETIME(IF(s.seq % 40 = 0, 10, 16), 0, 0)), NULL),
                       NOW(6), NOW(6)
                FROM seq_1_to_1000000 s
                JOIN bench_citizen c ON c.n = s.seq % ?
                JOIN bench_provider p ON p.n = c.n % ?
                JOIN (SELECT seq AS n, DATE('2026-11-01') + INTERVAL (seq - 1) DAY AS day FROM seq_1_to_30) d ON d.n = 1 + (s.seq DIV ?) % 30""",
                m, practical, personal, CITIZENS, PROVIDERS, CITIZENS);
        jdbc.update("""
                INSERT INTO settlement_price (municipality_id, service_area_id, unit, price_ore, valid_from, reason, created_at)
                VALUES (?, ?, 'HOUR', 41000, '2025-01-01', 'Benchmark', NOW(6)), (?, ?, 'HOUR', 39500, '2025-01-01', 'Benchmark', NOW(6)),
                       (?, ?, 'HOUR', 42000, '2025-01-01', 'Benchmark', NOW(6))""", m, personal, m, practical, m, rehabilitation);
        jdbc.update("""
                INSERT INTO rehabilitation_course (municipality_id, citizen_id, citizen_name, provider_id, model, goals, start_date,
                                                   midway_date, end_date, status, created_at, created_by_user_id)
                SELECT ?, c.id, 'Bench Borger', p.id, 'WHOLE', 'Gå selv', d.start, d.start + INTERVAL 4 WEEK, d.start + INTERVAL 8 WEEK,
                       'ACTIVE', NOW(6), 1
                FROM seq_1_to_3000 s JOIN bench_citizen c ON c.n = s.seq JOIN bench_provider p ON p.n = s.seq % ?
                JOIN (SELECT seq AS n, DATE('2025-01-05') + INTERVAL seq * 7 DAY AS start FROM seq_0_to_99) d ON d.n = s.seq % 100""",
                m, PROVIDERS);
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_FINANCE, m));
        models.set(personal, PaymentTerms.favrskov(), YearMonth.of(2025, 1));
        models.set(practical, PaymentTerms.deliveredTime(), YearMonth.of(2025, 1));
        models.set(rehabilitation, PaymentTerms.kolding(), YearMonth.of(2025, 1));
        jdbc.update("REPLACE INTO visit_activity_month (municipality_id, month, visits, granted_minutes, delivered_minutes, citizens) "
                + "SELECT ?, '2026-11-01', COUNT(*), SUM(granted_minutes), SUM(delivered_minutes), COUNT(DISTINCT citizen_id) FROM visit "
                + "WHERE municipality_id = ? AND planned_date BETWEEN '2026-11-01' AND '2026-11-30'", m, m);
        jdbc.execute("ANALYZE TABLE visit");
        int visits = jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE municipality_id = ?", Integer.class, m);
        assertThat(visits).isEqualTo(VISITS);
        System.out.printf("Generated %,d visits, %d providers, %,d citizens in %.1f s%n", visits, PROVIDERS, CITIZENS,
                (System.nanoTime() - started) / 1e9);

        long[] settle = new long[SETTLE_RUNS];
        long[] baseline = new long[SETTLE_RUNS];
        SettlementStatement statement = null;
        for (int i = 0; i < SETTLE_WARM_UP + SETTLE_RUNS; i++) {
            long s;
            long b;
            if (i % 2 == 0) {
                long t0 = System.nanoTime();
                statement = settlements.settle(MONTH);
                s = System.nanoTime() - t0;
                t0 = System.nanoTime();
                int rows = jdbc.query(BASELINE, (rs, n) -> 1, m, MONTH.atDay(1), MONTH.atEndOfMonth()).size();
                b = System.nanoTime() - t0;
                assertThat(rows).isPositive();
            } else {
                long t0 = System.nanoTime();
                jdbc.query(BASELINE, (rs, n) -> 1, m, MONTH.atDay(1), MONTH.atEndOfMonth());
                b = System.nanoTime() - t0;
                t0 = System.nanoTime();
                statement = settlements.settle(MONTH);
                s = System.nanoTime() - t0;
            }
            if (i >= SETTLE_WARM_UP) {
                settle[i - SETTLE_WARM_UP] = s;
                baseline[i - SETTLE_WARM_UP] = b;
            }
        }
        Percentiles settled = new Percentiles(settle);
        Percentiles aggregate = new Percentiles(baseline);
        System.out.printf("Settlement of %,d visits (%d lines, total %,d øre): %s%n", VISITS, statement.lines().size(), statement.totalOre(), settled);
        System.out.printf("Single SQL aggregate over the same rows: %s%n", aggregate);
        System.out.printf("RATIO settlement / aggregate (p50): %.2f× (goal ≤ 2×); absolute p50 %.0f ms vs %.0f ms%n",
                settled.ms(50) / aggregate.ms(50), settled.ms(50), aggregate.ms(50));

        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_FINANCE, m));
        budgets.setBudget(2026, personal, 250_000_000_00L);
        budgets.setBudget(2026, practical, 90_000_000_00L);
        int warmUp = 50;
        int runs = 300;
        long[] dashboard = new long[runs];
        BudgetFollowUp.Dashboard d = null;
        for (int i = 0; i < warmUp + runs; i++) {
            long t0 = System.nanoTime();
            d = budgets.dashboard(2026);
            long t = System.nanoTime() - t0;
            if (i >= warmUp) {
                dashboard[i - warmUp] = t;
            }
        }
        Percentiles p = new Percentiles(dashboard);
        System.out.printf("Budget dashboard (spend %,d øre, forecast %,d øre, %d citizens in courses in November): %s (goal p95 ≤ 200 ms)%n",
                d.spentOre(), d.forecastOre(), d.activity().get(10).citizensInCourses(), p);
        SecurityContextHolder.clearContext();
    }
}
