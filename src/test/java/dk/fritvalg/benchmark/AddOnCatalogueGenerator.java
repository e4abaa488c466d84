package dk.fritvalg.benchmark;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deterministic national-scale add-on catalogue for benchmarks: about 1,000 providers spread over the
 * 98 municipalities and 50,000 add-ons, always the same for the same seed. Written with JDBC batches
 * straight into the tables (a benchmark schema, never the portal's).
 */
public final class AddOnCatalogueGenerator {

    public static final long SEED = 20_261_123L;
    public static final int PROVIDERS = 1_000;
    public static final int ADD_ONS = 50_000;
    static final String[] CATEGORIES = {"CLEANING", "WINDOWS", "LAUNDRY", "SHOPPING", "COMPANION", "RELATIVE_SUBSTITUTE",
            "IT_HELP", "HAIRDRESSER", "FOOT_CARE", "MUSIC_THERAPY", "MEALS", "GARDEN", "PERSONAL_CARE"};
    static final String[] UNITS = {"PER_VISIT", "PER_HOUR", "PER_ITEM"};
    static final String[] WINDOWS = {"08:00-12:00", "12:00-16:00", "09:00-12:00", "13:00-15:00", "16:00-20:00"};

    /** What was generated: the municipalities with their postcodes, for drawing realistic searches. */
    public record Catalogue(List<Long> municipalityIds, List<List<String>> postcodes, int addOns) {
    }

    private AddOnCatalogueGenerator() {
    }

    public static Catalogue generate(JdbcTemplate jdbc) {
        Random random = new Random(SEED);
        List<Long> municipalities = jdbc.queryForList("SELECT id FROM municipality ORDER BY code", Long.class);
        jdbc.update("DELETE FROM add_on WHERE catalogue_key LIKE 'bench-%'");
        jdbc.update("DELETE FROM provider WHERE catalogue_key LIKE 'bench-%'");  // cascades to provider_postcode
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        List<List<String>> postcodes = new ArrayList<>();
        for (int m = 0; m < municipalities.size(); m++) {
            List<String> codes = new ArrayList<>();
            int base = 1000 + m * 90;
            for (int i = 0; i < 6; i++) {
                codes.add(Integer.toString(base + i * 10));
            }
            postcodes.add(codes);
        }
        List<Object[]> providerRows = new ArrayList<>();
        for (int p = 0; p < PROVIDERS; p++) {
            int m = p % municipalities.size();
            providerRows.add(new Object[] {"bench-provider-" + p, municipalities.get(m), p % 10 == 0 ? "MUNICIPAL" : "PRIVATE",
                    String.format("%08d", 40_000_000 + p), "Benchmark Omsorg " + p, now});
        }
        jdbc.batchUpdate("""
                INSERT IGNORE INTO provider_organisation (cvr, name, created_at, updated_at) VALUES (?, ?, ?, ?)""",
                providerRows.stream().map(r -> new Object[] {r[3], r[4], now, now}).toList());
        // INSERT … SELECT cannot be batched over MariaDB's prepared-statement protocol (error 1295): look the ids up first.
        Map<String, Long> organisationIds = new HashMap<>();
        jdbc.query("SELECT id, cvr FROM provider_organisation",
                rs -> { organisationIds.put(rs.getString("cvr"), rs.getLong("id")); });
        jdbc.batchUpdate("""
                INSERT INTO provider (catalogue_key, municipality_id, type, cvr, name, updated_at, organisation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                providerRows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], organisationIds.get((String) r[3])}).toList());
        List<Long> providerIds = jdbc.queryForList("SELECT id FROM provider WHERE catalogue_key LIKE 'bench-%' ORDER BY id", Long.class);
        // Most providers serve some of their municipality's postcodes; one in ten serves all of it (no rows).
        List<Object[]> served = new ArrayList<>();
        for (int p = 0; p < PROVIDERS; p++) {
            if (p % 10 != 5) {
                List<String> codes = postcodes.get(p % municipalities.size());
                int from = random.nextInt(3);
                for (String code : codes.subList(from, from + 3 + random.nextInt(2))) {
                    served.add(new Object[] {providerIds.get(p), code});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO provider_postcode (provider_id, postcode) VALUES (?, ?)", served);

        List<Object[]> rows = new ArrayList<>(ADD_ONS);
        for (int a = 0; a < ADD_ONS; a++) {
            int p = random.nextInt(PROVIDERS);
            int m = p % municipalities.size();
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(10) < (day.getValue() <= 5 ? 8 : 3)) {
                    days.add(day);
                }
            }
            if (days.isEmpty()) {
                days.add(DayOfWeek.MONDAY);
            }
            String windows = WINDOWS[random.nextInt(WINDOWS.length)] + (random.nextBoolean() ? "," + WINDOWS[random.nextInt(WINDOWS.length)] : "");
            // One add-on in five is limited to some of the municipality's postcodes.
            String codes = random.nextInt(5) == 0 ? String.join(",", postcodes.get(m).subList(0, 1 + random.nextInt(3))) : "";
            rows.add(new Object[] {"bench-addon-" + a, providerIds.get(p), municipalities.get(m), category + " " + a, category,
                    "Generated add-on " + a, 30 + 15 * random.nextInt(6), UNITS[random.nextInt(UNITS.length)],
                    5_000L + 500L * random.nextInt(150), random.nextInt(4) == 0 ? 0 : 25, p % 10 == 0, random.nextInt(8),
                    days.stream().sorted().map(Enum::name).collect(Collectors.joining(",")), windows, "WEEKLY", "ANY",
                    random.nextInt(4) == 0 ? 1 + random.nextInt(5) : null, codes, random.nextInt(50) != 0, now});
        }
        jdbc.batchUpdate("""
                INSERT INTO add_on (catalogue_key, provider_id, municipality_id, name, category, description, duration_minutes, unit,
                                    price_ore, vat_rate_percent, cost_based, lead_time_days, weekdays, time_windows, recurring,
                                    eligibility, capacity_per_slot, postcodes, active, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.execute("ANALYZE TABLE add_on, provider_postcode");
        return new Catalogue(municipalities, postcodes, ADD_ONS);
    }
}
