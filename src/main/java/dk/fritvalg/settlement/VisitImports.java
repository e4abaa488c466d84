package dk.fritvalg.settlement;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.CprHasher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API: visits from the care systems. A file is checked as a whole; with any error nothing of it is imported
 * and the report says file, line and field. A file without errors is imported in one transaction, idempotently by
 * the source's visit id: the same file twice changes nothing, a corrected visit is updated in place (and becomes a
 * correction line if its month is already locked).
 */
@Service
public class VisitImports {

    /** The largest file staff may upload (about 250,000 visits). */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    /** The source name used when staff upload a file without naming the care system. */
    public static final String DEFAULT_SOURCE = "omsorgssystem";

    private final VisitWriter writer;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final CprHasher hasher;
    private final AccessGuard accessGuard;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    VisitImports(VisitWriter writer, MunicipalityService municipalities, ProviderService providers, CprHasher hasher,
                 AccessGuard accessGuard, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.writer = writer;
        this.municipalities = municipalities;
        this.providers = providers;
        this.hasher = hasher;
        this.accessGuard = accessGuard;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Staff upload a CSV file for their own municipality. */
    @Transactional
    public VisitImportReport importCsv(String fileName, String source, byte[] content) {
        Access access = accessGuard.requireOwn(Permission.IMPORT_VISITS);
        long municipalityId = access.user().municipalityId();
        String file = fileName == null || fileName.isBlank() ? "besoeg.csv" : fileName.strip();
        String src = source == null || source.isBlank() ? DEFAULT_SOURCE : source.strip();
        if (src.length() > 60) {
            throw new BusinessException("settlement.import.error.source-too-long", 60);
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessException("settlement.import.error.too-large", MAX_FILE_BYTES / (1024 * 1024));
        }
        VisitImportReport report = importInto(municipalityId, src, file, content, access.user().displayName());
        if (report.accepted()) {
            access.record(AuditEvent.VISITS_IMPORTED, file, report.rowsNew(), report.rowsChanged(), report.rowsUnchanged());
        }
        return report;
    }

    /**
     * System side (the folder watcher, the API after its own machine authentication): imports a file for a
     * municipality without a user.
     */
    @Transactional
    public VisitImportReport importForMunicipality(long municipalityId, String source, String fileName, byte[] content, String by) {
        return importInto(municipalityId, source, fileName, content, by);
    }

    private VisitImportReport importInto(long municipalityId, String source, String file, byte[] content, String by) {
        VisitCsvParser.Lookup lookup = new VisitCsvParser.Lookup(hashes -> citizens(municipalityId, hashes),
                providers.inMunicipality(municipalityId), municipalities.serviceAreas(municipalityId), hasher);
        VisitCsvParser.Result parsed = new VisitCsvParser(file, lookup).parse(content);
        Instant now = clock.instant();
        VisitImportReport report;
        if (!parsed.errors().isEmpty()) {
            report = new VisitImportReport(file, false, parsed.rowsRead(), 0, 0, 0, parsed.errors(), parsed.errorsCut());
        } else {
            VisitWriter.Counts counts = writer.write(municipalityId, source, parsed.visits(), now);
            writer.refreshActivity(municipalityId, parsed.visits().stream()
                    .map(v -> java.time.YearMonth.from(VisitWriter.danishDate(v.plannedStart()))).collect(java.util.stream.Collectors.toSet()));
            report = new VisitImportReport(file, true, parsed.rowsRead(), counts.inserted(), counts.changed(), counts.unchanged(),
                    List.of(), false);
        }
        jdbc.update("""
                INSERT INTO visit_import (municipality_id, source, file_name, sha256, accepted, rows_read, rows_new, rows_changed,
                                          rows_unchanged, errors, imported_by, imported_at)
                VALUES (:m, :source, :file, :sha, :accepted, :read, :new, :changed, :unchanged, :errors, :by, :at)""",
                new MapSqlParameterSource("m", municipalityId).addValue("source", source).addValue("file", cut(file, 255))
                        .addValue("sha", sha256(content)).addValue("accepted", report.accepted()).addValue("read", report.rowsRead())
                        .addValue("new", report.rowsNew()).addValue("changed", report.rowsChanged())
                        .addValue("unchanged", report.rowsUnchanged()).addValue("errors", report.errors().size())
                        .addValue("by", cut(by, 200)).addValue("at", VisitWriter.utc(now)));
        return report;
    }

    /** The municipality's citizens among the CPR hashes (a citizen of another municipality is not found). */
    private Map<String, Long> citizens(long municipalityId, Set<String> hashes) {
        Map<String, Long> found = new HashMap<>();
        jdbc.query("SELECT cpr_hash, id FROM citizen WHERE municipality_id = :m AND cpr_hash IN (:h)",
                new MapSqlParameterSource("m", municipalityId).addValue("h", hashes),
                rs -> {
                    found.put(rs.getString(1), rs.getLong(2));
                });
        return found;
    }

    /** The number of visits the municipality has. */
    @Transactional(readOnly = true)
    public long countOwn() {
        long municipalityId = accessGuard.requireOwn(Permission.VIEW_SETTLEMENT).user().municipalityId();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE municipality_id = :m", Map.of("m", municipalityId), Long.class);
        return count == null ? 0 : count;
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
