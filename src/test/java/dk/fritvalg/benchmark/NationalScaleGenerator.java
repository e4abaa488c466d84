package dk.fritvalg.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Fills a MariaDB schema (already migrated by Flyway) with a deterministic Denmark at planning scale:
 * the 98 municipalities of {@code catalogue/municipalities.csv} with their five service areas, about
 * 1,000 providers (København about 60) with agreements, postcodes, languages, features, satisfaction
 * and continuity figures, and about 150,000 citizens with grants and provider choices.
 *
 * <p>The same seed and scale give the same rows. {@link #ensure()} records a marker row and skips the
 * work when the schema already holds this generator's data. To add more (e.g. 50,000 catalogue
 * offers for an add-on benchmark), extend this class: override {@link #generateMore}, add the tables
 * to {@link #tablesToClear()} and return a different {@link #markerName()}; {@link #world} holds the
 * ids generated here.
 */
public class NationalScaleGenerator {

    /** How much to generate. */
    public record Scale(int providers, int citizens) {
        public static final Scale NATIONAL = new Scale(1_000, 150_000);
    }

    /** What was generated, for benchmarks and subclasses. */
    public static final class World {
        /** Municipality id by code. */
        public final Map<String, Long> municipalityIds = new LinkedHashMap<>();
        /** Service area id by municipality id and kind. */
        public final Map<Long, Map<String, Long>> serviceAreaIds = new HashMap<>();
        /** Provider ids by municipality id; the first is the municipal provider. */
        public final Map<Long, List<Long>> providerIds = new HashMap<>();
        /** Postcodes by municipality id. */
        public final Map<Long, List<String>> postcodes = new HashMap<>();
    }

    public static final long DEFAULT_SEED = 20_261_123L;
    public static final List<String> AREA_KINDS = List.of("PERSONAL_CARE", "PRACTICAL_HELP", "MEALS", "REHABILITATION", "INTEGRATED_CARE");
    private static final List<String> AREA_NAMES = List.of("Personlig pleje", "Praktisk hjælp", "Madservice", "Rehabiliteringsforløb", "Helhedspleje");
    private static final List<String> LEGAL_BASES = List.of("SEL_83", "SEL_83", "SEL_83", "SEL_83A", "AEL_18");
    /** Chance that a private provider holds an agreement for each area, in {@link #AREA_KINDS} order. */
    private static final double[] AREA_CHANCE = {0.8, 0.9, 0.15, 0.3, 0.5};
    private static final List<String> EXTRA_LANGUAGES = List.of("en", "de", "pl", "uk", "ar", "tr", "so", "fa", "ur", "sv", "ro");
    private static final List<String> FEATURES = List.of("FIXED_TEAM", "FLEXIBLE_TIMES", "OWN_THERAPIST_OR_NURSE", "SELLS_ADDONS");
    private static final List<String> DIMENSIONS = List.of("SAFETY", "INFORMATION", "COHERENCE", "PRACTICAL_HELP", "PERSONAL_CARE", "OVERALL");
    private static final Map<String, Integer> LARGE_MUNICIPALITIES = Map.of("0101", 60, "0751", 36, "0461", 24, "0851", 22, "0147", 12);
    private static final String[] NAME_WORDS = {"Omsorg", "Pleje", "Hjemmehjælp", "Solstrejf", "Lindely", "Egebo", "Kildevæld",
            "Hjertevarm", "Trygt Hjem", "Fjordblik", "Bøgely", "Havgus", "Nærvær", "Hverdagshjælp", "Aftenro"};
    private static final String[] FIRST_NAMES = {"Karen", "Poul", "Inge", "Jens", "Grethe", "Hans", "Kirsten", "Niels", "Birthe", "Erik",
            "Hanne", "Ole", "Lis", "Bent", "Ruth", "Svend", "Aase", "Jørgen", "Else", "Knud"};
    private static final String[] LAST_NAMES = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
            "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen"};
    private static final int BATCH = 5_000;

    protected final DataSource dataSource;
    protected final long seed;
    protected final Scale scale;
    protected final Path municipalitiesCsv;
    protected final World world = new World();
    private final Instant now = Instant.parse("2026-11-01T08:00:00Z");

    public NationalScaleGenerator(DataSource dataSource, long seed, Scale scale, Path municipalitiesCsv) {
        this.dataSource = dataSource;
        this.seed = seed;
        this.scale = scale;
        this.municipalitiesCsv = municipalitiesCsv;
    }

    public NationalScaleGenerator(DataSource dataSource) {
        this(dataSource, DEFAULT_SEED, Scale.NATIONAL, Path.of("catalogue", "municipalities.csv"));
    }

    /** The marker row's key: a subclass generating more data uses its own. */
    protected String markerName() {
        return "national";
    }

    protected String markerValue() {
        return "seed=" + seed + ";providers=" + scale.providers() + ";citizens=" + scale.citizens() + ";version=1";
    }

    /** Tables emptied before generating, children first. */
    protected List<String> tablesToClear() {
        return List.of("provider_choice", "care_grant", "power_of_attorney", "user_account", "citizen", "provider_continuity",
                "provider_quality", "add_on_package_item", "add_on_package", "add_on", "provider_agreement", "provider_postcode",
                "provider", "provider_organisation", "service_area", "municipality", "catalogue_file");
    }

    /** Generates unless the schema already holds this seed and scale; then only reads the ids back. True when it generated. */
    public final boolean ensure() {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS benchmark_marker (name VARCHAR(100) PRIMARY KEY, "
                        + "marker VARCHAR(400) NOT NULL, created_at DATETIME(6) NOT NULL) ENGINE = InnoDB");
            }
            if (markerValue().equals(marker(connection))) {
                readWorld(connection);
                return false;
            }
            connection.setAutoCommit(false);
            clear(connection);
            generate(connection, new Random(seed));
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO benchmark_marker (name, marker, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, markerName());
                insert.setString(2, markerValue());
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("municipality", "provider", "provider_agreement", "provider_postcode", "provider_quality",
                        "provider_continuity", "citizen", "care_grant", "provider_choice")) {
                    statement.execute("ANALYZE TABLE " + table);
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the national data set failed", e);
        }
    }

    public World world() {
        return world;
    }

    private String marker(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT marker FROM benchmark_marker WHERE name = ?")) {
            select.setString(1, markerName());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tablesToClear()) {
                statement.execute("TRUNCATE TABLE " + table);
            }
            statement.execute("DELETE FROM benchmark_marker");
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        connection.commit();
    }

    /** Generates everything; a subclass adds its own rows in {@link #generateMore}. */
    protected void generate(Connection connection, Random random) throws SQLException {
        List<CSVRecord> municipalities = readMunicipalities();
        insertMunicipalities(connection, municipalities, random);
        Map<Long, Integer> providerCounts = providerCounts(municipalities, random);
        insertProviders(connection, providerCounts, random);
        insertCitizens(connection, providerCounts, random);
        generateMore(connection, random);
    }

    /** Hook for subclasses: more rows on top of {@link #world}, in the same transaction. */
    protected void generateMore(Connection connection, Random random) throws SQLException {
    }

    private List<CSVRecord> readMunicipalities() {
        try (Reader reader = Files.newBufferedReader(municipalitiesCsv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void insertMunicipalities(Connection connection, List<CSVRecord> rows, Random random) throws SQLException {
        try (PreparedStatement municipality = connection.prepareStatement("""
                INSERT INTO municipality (id, code, name, region_code, region_name, on_portal, contract_model, switch_rule,
                    switch_notice_days, switch_approval, minimum_group_size, updated_at)
                VALUES (?, ?, ?, ?, ?, TRUE, ?, 'NOTICE_DAYS', 14, 'AUTOMATIC', 3, ?)""");
             PreparedStatement area = connection.prepareStatement(
                     "INSERT INTO service_area (id, municipality_id, kind, name, legal_basis) VALUES (?, ?, ?, ?, ?)")) {
            long id = 0;
            for (CSVRecord row : rows) {
                id++;
                String code = row.get("code");
                municipality.setLong(1, id);
                municipality.setString(2, code);
                municipality.setString(3, row.get("name"));
                municipality.setString(4, row.get("region_code"));
                municipality.setString(5, row.get("region"));
                municipality.setString(6, random.nextDouble() < 0.2 ? "TENDER" : "APPROVAL");
                municipality.setTimestamp(7, Timestamp.from(now));
                municipality.addBatch();
                world.municipalityIds.put(code, id);
                Map<String, Long> areas = new LinkedHashMap<>();
                for (int k = 0; k < AREA_KINDS.size(); k++) {
                    long areaId = (id - 1) * AREA_KINDS.size() + k + 1;
                    area.setLong(1, areaId);
                    area.setLong(2, id);
                    area.setString(3, AREA_KINDS.get(k));
                    area.setString(4, AREA_NAMES.get(k));
                    area.setString(5, LEGAL_BASES.get(k));
                    area.addBatch();
                    areas.put(AREA_KINDS.get(k), areaId);
                }
                world.serviceAreaIds.put(id, areas);
            }
            municipality.executeBatch();
            area.executeBatch();
        }
    }

    /** Large municipalities get fixed counts; the rest share what is left by a random weight. */
    private Map<Long, Integer> providerCounts(List<CSVRecord> rows, Random random) {
        int fixed = LARGE_MUNICIPALITIES.values().stream().mapToInt(Integer::intValue).sum();
        Map<Long, Double> weights = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            if (!LARGE_MUNICIPALITIES.containsKey(row.get("code"))) {
                weights.put(world.municipalityIds.get(row.get("code")), 4 + random.nextDouble() * 10);
            }
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            long id = world.municipalityIds.get(row.get("code"));
            Integer large = LARGE_MUNICIPALITIES.get(row.get("code"));
            counts.put(id, large != null ? large : Math.max(3, (int) Math.round(weights.get(id) / total * (scale.providers() - fixed))));
        }
        return counts;
    }

    private void insertProviders(Connection connection, Map<Long, Integer> counts, Random random) throws SQLException {
        try (PreparedStatement provider = connection.prepareStatement("""
                INSERT INTO provider (id, catalogue_key, municipality_id, type, cvr, name, description, ownership, address, postcode,
                    city, phone, email, languages, features, accepting_new_citizens, last_inspection, suspended, updated_at, organisation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement organisation = connection.prepareStatement("""
                     INSERT INTO provider_organisation (id, cvr, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)""");
             PreparedStatement postcode = connection.prepareStatement("INSERT INTO provider_postcode (provider_id, postcode) VALUES (?, ?)");
             PreparedStatement agreement = connection.prepareStatement("""
                     INSERT INTO provider_agreement (provider_id, service_area_id, model, valid_from, valid_to, capacity)
                     VALUES (?, ?, ?, ?, ?, ?)""");
             PreparedStatement quality = connection.prepareStatement("""
                     INSERT INTO provider_quality (provider_id, dimension, period_start, period_end, answer_count, average_score, source)
                     VALUES (?, ?, ?, ?, ?, ?, 'DEMO')""");
             PreparedStatement continuity = connection.prepareStatement(
                     "INSERT INTO provider_continuity (provider_id, month, citizens, avg_distinct_helpers) VALUES (?, ?, ?, ?)");
             PreparedStatement contractModel = connection.prepareStatement("SELECT id, contract_model, name FROM municipality")) {
            Map<Long, String[]> municipalities = new HashMap<>();
            try (ResultSet rs = contractModel.executeQuery()) {
                while (rs.next()) {
                    municipalities.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            long providerId = 0;
            int municipalityIndex = 0;
            for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
                long municipalityId = entry.getKey();
                String model = municipalities.get(municipalityId)[0];
                String city = municipalities.get(municipalityId)[1];
                List<String> codes = new ArrayList<>();
                int postcodeCount = Math.clamp(entry.getValue() / 2, 3, 30);
                for (int j = 0; j < postcodeCount; j++) {
                    codes.add(String.format("%04d", 1000 + municipalityIndex * 90 + j * 3));
                }
                municipalityIndex++;
                world.postcodes.put(municipalityId, codes);
                List<Long> ids = new ArrayList<>();
                for (int n = 0; n < entry.getValue(); n++) {
                    providerId++;
                    ids.add(providerId);
                    boolean municipal = n == 0;
                    StringJoiner languages = new StringJoiner(",").add("da");
                    for (String language : EXTRA_LANGUAGES) {
                        if (random.nextDouble() < (language.equals("en") ? 0.5 : 0.12)) {
                            languages.add(language);
                        }
                    }
                    List<String> features = new ArrayList<>();
                    for (String feature : FEATURES) {
                        if (random.nextDouble() < 0.5) {
                            features.add(feature);
                        }
                    }
                    String name = municipal ? city + " Kommunes Hjemmepleje"
                            : NAME_WORDS[random.nextInt(NAME_WORDS.length)] + " " + city + " " + n + (random.nextBoolean() ? " ApS" : " A/S");
                    int i = 1;
                    provider.setLong(i++, providerId);
                    provider.setString(i++, "bench-" + providerId);
                    provider.setLong(i++, municipalityId);
                    provider.setString(i++, municipal ? "MUNICIPAL" : "PRIVATE");
                    provider.setString(i++, String.format("%08d", 10_000_000 + providerId));
                    provider.setString(i++, name);
                    provider.setString(i++, "Vi hjælper borgere i " + city + " med pleje og praktisk hjælp.");
                    provider.setString(i++, municipal ? "Kommunal" : "Privat");
                    provider.setString(i++, "Hovedgaden " + (n + 1));
                    provider.setString(i++, codes.get(random.nextInt(codes.size())));
                    provider.setString(i++, city);
                    provider.setString(i++, String.format("%08d", 70_000_000 + providerId));
                    provider.setString(i++, "kontakt" + providerId + "@example.dk");
                    provider.setString(i++, languages.toString());
                    provider.setString(i++, String.join(",", features));
                    provider.setBoolean(i++, municipal || random.nextDouble() < 0.85);
                    provider.setDate(i++, Date.valueOf(LocalDate.of(2024, 11, 1).plusDays(random.nextInt(730))));
                    provider.setBoolean(i++, !municipal && random.nextDouble() < 0.02);
                    provider.setTimestamp(i++, Timestamp.from(now));
                    provider.setLong(i, providerId);
                    organisation.setLong(1, providerId);
                    organisation.setString(2, String.format("%08d", 10_000_000 + providerId));
                    organisation.setString(3, name);
                    organisation.setTimestamp(4, Timestamp.from(now));
                    organisation.setTimestamp(5, Timestamp.from(now));
                    organisation.addBatch();
                    provider.addBatch();
                    for (String code : codes) {
                        if (municipal || random.nextDouble() < 0.6) {
                            postcode.setLong(1, providerId);
                            postcode.setString(2, code);
                            postcode.addBatch();
                        }
                    }
                    boolean any = false;
                    for (int k = 0; k < AREA_KINDS.size(); k++) {
                        boolean last = k == AREA_KINDS.size() - 1;
                        if (municipal || random.nextDouble() < AREA_CHANCE[k] || (last && !any)) {
                            any = true;
                            LocalDate from = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365));
                            LocalDate to = model.equals("TENDER") ? LocalDate.of(2027 + random.nextInt(3), 12, 31)
                                    : random.nextDouble() < 0.05 ? LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600)) : null;
                            agreement.setLong(1, providerId);
                            agreement.setLong(2, world.serviceAreaIds.get(municipalityId).get(AREA_KINDS.get(k)));
                            agreement.setString(3, model);
                            agreement.setDate(4, Date.valueOf(from));
                            agreement.setDate(5, to == null ? null : Date.valueOf(to));
                            agreement.setObject(6, municipal ? null : 20 + random.nextInt(200));
                            agreement.addBatch();
                        }
                    }
                    int answers = random.nextDouble() < 0.08 ? random.nextInt(3) : 3 + random.nextInt(municipal ? 400 : 120);
                    for (int year = 2025; year <= 2026; year++) {
                        for (String dimension : DIMENSIONS) {
                            quality.setLong(1, providerId);
                            quality.setString(2, dimension);
                            quality.setDate(3, Date.valueOf(LocalDate.of(year, 1, 1)));
                            quality.setDate(4, Date.valueOf(LocalDate.of(year, 6, 30)));
                            quality.setInt(5, answers);
                            quality.setBigDecimal(6, BigDecimal.valueOf(280 + random.nextInt(211), 2));
                            quality.addBatch();
                        }
                    }
                    int citizens = municipal ? 100 + random.nextInt(900) : 1 + random.nextInt(150);
                    for (int m = 0; m < 12; m++) {
                        continuity.setLong(1, providerId);
                        continuity.setDate(2, Date.valueOf(YearMonth.of(2025, 11).plusMonths(m).atDay(1)));
                        continuity.setInt(3, citizens);
                        continuity.setBigDecimal(4, BigDecimal.valueOf(150 + random.nextInt(750), 2));
                        continuity.addBatch();
                    }
                }
                world.providerIds.put(municipalityId, ids);
            }
            organisation.executeBatch();
            provider.executeBatch();
            postcode.executeBatch();
            agreement.executeBatch();
            quality.executeBatch();
            continuity.executeBatch();
        }
    }

    private void insertCitizens(Connection connection, Map<Long, Integer> providerCounts, Random random) throws SQLException {
        int totalProviders = providerCounts.values().stream().mapToInt(Integer::intValue).sum();
        Map<Long, Map<Long, List<Long>>> choosable = choosableProviders(connection);
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement citizen = connection.prepareStatement("""
                INSERT INTO citizen (id, municipality_id, cpr_hash, cpr_masked, birth_date, first_name, last_name, address, postcode,
                    city, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement grant = connection.prepareStatement("""
                     INSERT INTO care_grant (citizen_id, service_area_id, minutes_per_week, valid_from, valid_to)
                     VALUES (?, ?, ?, ?, NULL)""");
             PreparedStatement choice = connection.prepareStatement("""
                     INSERT INTO provider_choice (citizen_id, service_area_id, provider_id, valid_from, valid_to, reason, made_at)
                     VALUES (?, ?, ?, ?, NULL, ?, ?)""")) {
            long citizenId = 0;
            int pending = 0;
            for (Map.Entry<Long, Integer> entry : providerCounts.entrySet()) {
                long municipalityId = entry.getKey();
                int count = (int) Math.round((double) scale.citizens() * entry.getValue() / totalProviders);
                List<String> postcodes = world.postcodes.get(municipalityId);
                long municipalProvider = world.providerIds.get(municipalityId).getFirst();
                for (int n = 0; n < count; n++) {
                    citizenId++;
                    LocalDate birth = LocalDate.of(1925, 1, 1).plusDays(random.nextInt(35 * 365));
                    int i = 1;
                    citizen.setLong(i++, citizenId);
                    citizen.setLong(i++, municipalityId);
                    citizen.setString(i++, HexFormat.of().formatHex(sha256.digest(("bench-" + seed + "-" + citizenId).getBytes(StandardCharsets.UTF_8))));
                    citizen.setString(i++, String.format("%02d%02d%02d-XXXX", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100));
                    citizen.setDate(i++, Date.valueOf(birth));
                    citizen.setString(i++, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]);
                    citizen.setString(i++, LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
                    citizen.setString(i++, "Skovvej " + (1 + random.nextInt(200)));
                    citizen.setString(i++, postcodes.get(random.nextInt(postcodes.size())));
                    citizen.setString(i++, "By");
                    citizen.setTimestamp(i, Timestamp.from(now));
                    citizen.addBatch();
                    boolean practical = random.nextDouble() < 0.8;
                    boolean personal = !practical || random.nextDouble() < 0.5;
                    boolean meals = random.nextDouble() < 0.1;
                    for (String kind : List.of("PRACTICAL_HELP", "PERSONAL_CARE", "MEALS")) {
                        if (kind.equals("PRACTICAL_HELP") && !practical || kind.equals("PERSONAL_CARE") && !personal
                                || kind.equals("MEALS") && !meals) {
                            continue;
                        }
                        long areaId = world.serviceAreaIds.get(municipalityId).get(kind);
                        LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
                        grant.setLong(1, citizenId);
                        grant.setLong(2, areaId);
                        grant.setInt(3, 30 + random.nextInt(20) * 30);
                        grant.setDate(4, Date.valueOf(from));
                        grant.addBatch();
                        List<Long> candidates = choosable.getOrDefault(municipalityId, Map.of()).getOrDefault(areaId, List.of());
                        boolean chose = !candidates.isEmpty() && random.nextDouble() < 0.6;
                        choice.setLong(1, citizenId);
                        choice.setLong(2, areaId);
                        choice.setLong(3, chose ? candidates.get(random.nextInt(candidates.size())) : municipalProvider);
                        choice.setDate(4, Date.valueOf(from));
                        choice.setString(5, chose ? "CHOSEN" : "DEFAULT_RULE");
                        choice.setTimestamp(6, Timestamp.from(now));
                        choice.addBatch();
                    }
                    if (++pending == BATCH) {
                        citizen.executeBatch();
                        grant.executeBatch();
                        choice.executeBatch();
                        connection.commit();
                        pending = 0;
                    }
                }
            }
            citizen.executeBatch();
            grant.executeBatch();
            choice.executeBatch();
        }
    }

    /** Private providers by municipality and service area. */
    private static Map<Long, Map<Long, List<Long>>> choosableProviders(Connection connection) throws SQLException {
        Map<Long, Map<Long, List<Long>>> result = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT p.municipality_id, a.service_area_id, p.id FROM provider p
                     JOIN provider_agreement a ON a.provider_id = p.id
                     WHERE p.type = 'PRIVATE' AND NOT p.suspended ORDER BY p.id, a.service_area_id""")) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(3));
            }
        }
        return result;
    }

    /** Reads the ids of an existing data set into {@link #world}. */
    private void readWorld(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT id, code FROM municipality ORDER BY id")) {
                while (rs.next()) {
                    world.municipalityIds.put(rs.getString(2), rs.getLong(1));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT id, municipality_id, kind FROM service_area")) {
                while (rs.next()) {
                    world.serviceAreaIds.computeIfAbsent(rs.getLong(2), k -> new LinkedHashMap<>()).put(rs.getString(3), rs.getLong(1));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT id, municipality_id FROM provider ORDER BY id")) {
                while (rs.next()) {
                    world.providerIds.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                }
            }
            try (ResultSet rs = statement.executeQuery("""
                    SELECT DISTINCT p.municipality_id, pp.postcode FROM provider_postcode pp JOIN provider p ON p.id = pp.provider_id
                    WHERE p.type = 'MUNICIPAL' ORDER BY p.municipality_id, pp.postcode""")) {
                while (rs.next()) {
                    world.postcodes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
    }
}
