package dk.fritvalg.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.support.IntegrationTest;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The move to provider organisations (V40), run on a copy of the demo data: the schema is built up to the version
 * before it, filled with the test database's rows, given a chain working in two municipalities with a citizen's
 * choice, switch request, order and audit entry, and then migrated. Every row that existed before is still there
 * with the same values, rows with one CVR number became one organisation, and provider users belong to it.
 */
@IntegrationTest
class OrganisationMigrationTest {

    /** The tables that hold citizens' choices, orders and history, and the providers they point at. */
    private static final List<String> KEPT = List.of("provider", "provider_postcode", "provider_agreement", "provider_choice",
            "switch_request", "care_grant", "citizen", "power_of_attorney", "add_on", "add_on_package", "cart_item", "addon_order",
            "addon_order_line", "addon_order_occurrence", "payment", "user_account", "audit_entry", "provider_quality",
            "provider_continuity");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Value("${fritvalg.database.name}")
    String schema;

    private String copy() {
        return schema + "_v39";
    }

    @AfterEach
    void dropCopy() {
        jdbc.execute("DROP DATABASE IF EXISTS " + copy());
    }

    @Test
    void everyChoiceOrderAndEntryIsKeptAndOneCvrBecomesOneOrganisation() throws SQLException, IOException {
        jdbc.execute("DROP DATABASE IF EXISTS " + copy());
        jdbc.execute("CREATE DATABASE " + copy() + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Flyway before = flyway(lastVersionBefore(40));
        before.migrate();
        assertThat(columns("provider")).doesNotContain("organisation_id");

        copyDemoData();
        String chainCvr = jdbc.queryForObject("SELECT cvr FROM " + copy() + ".provider WHERE catalogue_key = 'favrskov-nordlys'", String.class);
        long koldingBranch = addKoldingBranchWithHistory(chainCvr);
        Map<String, List<String>> columnsBefore = new LinkedHashMap<>();
        KEPT.forEach(table -> columnsBefore.put(table, columns(table)));
        Map<String, List<String>> rowsBefore = fingerprints(columnsBefore);
        assertThat(rowsBefore.get("addon_order")).isNotEmpty();
        assertThat(rowsBefore.get("switch_request")).isNotEmpty();

        // Up to V40 itself: later migrations may reshape tables (V100 drops the old lock-out columns), which is not this test's concern.
        flyway(MigrationVersion.fromVersion("40")).migrate();

        assertThat(fingerprints(columnsBefore)).as("every row kept with the same values").isEqualTo(rowsBefore);
        String c = copy();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + c + ".provider_organisation", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(DISTINCT cvr) FROM " + c + ".provider", Integer.class));
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM %1$s.provider p JOIN %1$s.provider_organisation o ON o.id = p.organisation_id AND o.cvr = p.cvr
                """.formatted(c), Integer.class))
                .as("every provider belongs to the organisation with its CVR number")
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM " + c + ".provider", Integer.class));
        List<Map<String, Object>> chain = jdbc.queryForList("SELECT p.id, p.organisation_id, o.name FROM " + c + ".provider p JOIN "
                + c + ".provider_organisation o ON o.id = p.organisation_id WHERE p.cvr = ? ORDER BY p.id", chainCvr);
        assertThat(chain).hasSize(2);
        assertThat(chain.get(0).get("organisation_id")).isEqualTo(chain.get(1).get("organisation_id"));
        assertThat(chain.get(0).get("name")).as("named after its oldest row").isEqualTo("Nordlys Omsorg A/S");
        assertThat(chain.get(1).get("id")).isEqualTo(koldingBranch);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM %1$s.user_account u JOIN %1$s.provider p ON p.id = u.provider_id
                WHERE u.organisation_id IS NULL OR u.organisation_id <> p.organisation_id""".formatted(c), Integer.class))
                .as("provider users belong to their provider's organisation").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + c + ".user_account WHERE provider_id IS NOT NULL", Integer.class))
                .isPositive();
    }

    /** The newest migration before the given version, whichever branch added it. */
    private static MigrationVersion lastVersionBefore(int version) throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
                .map(resource -> MigrationVersion.fromVersion(resource.getFilename().substring(1, resource.getFilename().indexOf("__"))))
                .filter(v -> v.isNewerThan("0") && !v.isAtLeast(String.valueOf(version)))
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    private Flyway flyway(MigrationVersion target) throws SQLException {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        String copyUrl = url.replaceFirst("/" + schema + "(?=$|\\?)", "/" + copy());
        assertThat(copyUrl).contains("/" + copy());
        return Flyway.configure().dataSource(copyUrl, "root", "").locations("classpath:db/migration").target(target).load();
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
                + "ORDER BY ordinal_position", String.class, copy(), table);
    }

    /** Every row of every table the older schema has, in the columns it has (and the current one still has). */
    private void copyDemoData() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                + "AND table_name <> 'flyway_schema_history'", String.class, copy());
        jdbc.execute((Connection connection) -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : tables) {
                    // The columns both schemas have: a later migration may have dropped one the older schema still has.
                    List<String> now = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                            + "AND table_name = ?", String.class, schema, table);
                    String cols = String.join(", ", columns(table).stream().filter(now::contains).map(col -> "`" + col + "`").toList());
                    statement.execute("INSERT INTO " + copy() + "." + table + " (" + cols + ") SELECT " + cols + " FROM " + schema + "." + table);
                }
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
            return null;
        });
    }

    /** The chain also works in Kolding (same CVR number): a branch with a citizen who chose it, asked to switch and ordered. */
    private long addKoldingBranchWithHistory(String cvr) {
        String c = copy();
        long kolding = jdbc.queryForObject("SELECT id FROM " + c + ".municipality WHERE code = '0621'", Long.class);
        long area = jdbc.queryForObject("SELECT id FROM " + c + ".service_area WHERE municipality_id = ? AND kind = 'PRACTICAL_HELP'",
                Long.class, kolding);
        jdbc.update("INSERT INTO " + c + ".provider (catalogue_key, municipality_id, type, cvr, name, updated_at) "
                + "VALUES ('kolding-nordlys', ?, 'PRIVATE', ?, 'Nordlys Omsorg Kolding', NOW(6))", kolding, cvr);
        long branch = jdbc.queryForObject("SELECT id FROM " + c + ".provider WHERE catalogue_key = 'kolding-nordlys'", Long.class);
        long citizen = jdbc.queryForObject("SELECT MIN(id) FROM " + c + ".citizen WHERE municipality_id = ?", Long.class, kolding);
        long municipal = jdbc.queryForObject("SELECT id FROM " + c + ".provider WHERE catalogue_key = 'kolding-hjemmepleje'", Long.class);
        long user = jdbc.queryForObject("SELECT MIN(id) FROM " + c + ".user_account", Long.class);
        jdbc.update("INSERT INTO " + c + ".provider_choice (citizen_id, service_area_id, provider_id, valid_from, reason, made_at) "
                + "VALUES (?, ?, ?, '2026-01-01', 'CHOSEN', NOW(6))", citizen, area, branch);
        jdbc.update("INSERT INTO " + c + ".switch_request (municipality_id, citizen_id, service_area_id, from_provider_id, to_provider_id, "
                + "status, effective_date, requested_at, requested_by_user_id) VALUES (?, ?, ?, ?, ?, 'CANCELLED', '2026-02-01', NOW(6), ?)",
                kolding, citizen, area, branch, municipal, user);
        jdbc.update("INSERT INTO " + c + ".addon_order (citizen_id, municipality_id, provider_id, status, payment_method, time_window, "
                + "price_per_occurrence_ore, vat_ore, cancellation_deadline_hour, ordered_by_user_id, ordered_by_name, citizen_name, "
                + "delivery_address, placed_at, updated_at) VALUES (?, ?, ?, 'COMPLETED', 'INVOICE', '08:00-10:00', 30000, 6000, 14, ?, "
                + "'Test', 'Test', 'Testvej 1', NOW(6), NOW(6))", citizen, kolding, branch, user);
        jdbc.update("INSERT INTO " + c + ".audit_entry (occurred_at, actor_name, event, citizen_id, municipality_id, provider_id) "
                + "VALUES (NOW(6), 'Test', 'ORDER_ACCEPTED', ?, ?, ?)", citizen, kolding, branch);
        jdbc.update("INSERT INTO " + c + ".user_account (username, display_name, role, provider_id) "
                + "VALUES ('nordlys-kolding', 'Kolding-leder', 'PROVIDER_ADMIN', ?)", branch);
        return branch;
    }

    /** Each kept table's rows as text, in the columns the older schema had. */
    private Map<String, List<String>> fingerprints(Map<String, List<String>> columnsByTable) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : KEPT) {
            List<String> cols = columnsByTable.get(table);
            String concat = "CONCAT_WS('|', " + String.join(", ", cols.stream()
                    .map(col -> "COALESCE(CAST(`" + col + "` AS CHAR), 'NULL')").toList()) + ")";
            rows.put(table, jdbc.queryForList("SELECT " + concat + " AS r FROM " + copy() + "." + table + " ORDER BY r", String.class));
        }
        return rows;
    }
}
