package dk.fritvalg.settlement;

import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.shared.TimeConfiguration;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the care systems' visit file: UTF-8 (a BOM is allowed), semicolon-separated, a header line with these
 * columns in any order: {@code besoeg_id;cpr;leverandoer_cvr;ydelsesomraade;planlagt_start;visiteret_min;leveret_min;
 * medarbejder;status;aflyst_tidspunkt}. Times are Danish wall-clock ({@code 2026-11-03 08:00}) or ISO with an offset.
 * Every error is collected with its line and field; the caller rejects the whole file when there is any.
 */
final class VisitCsvParser {

    static final List<String> COLUMNS = List.of("besoeg_id", "cpr", "leverandoer_cvr", "ydelsesomraade", "planlagt_start",
            "visiteret_min", "leveret_min", "medarbejder", "status", "aflyst_tidspunkt");
    static final int MAX_ERRORS = 200;
    static final int MAX_MINUTES = 24 * 60;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");
    private static final Map<String, VisitStatus> STATUSES = Map.of(
            "LEVERET", VisitStatus.DELIVERED,
            "AFLYST_AF_BORGER", VisitStatus.CANCELLED_BY_CITIZEN,
            "AFLYST_AF_LEVERANDOER", VisitStatus.CANCELLED_BY_PROVIDER,
            "IKKE_LEVERET", VisitStatus.NOT_DELIVERED);

    /** What the file is checked against: the municipality's citizens (by CPR hash), providers and service areas. */
    record Lookup(Function<Set<String>, Map<String, Long>> citizensByCprHash, List<Provider> providers, List<ServiceArea> areas,
                  CprHasher hasher) {
    }

    record Result(List<VisitRecord> visits, int rowsRead, List<VisitImportError> errors, boolean errorsCut) {
    }

    private final String file;
    private final Lookup lookup;
    private final List<VisitImportError> errors = new ArrayList<>();
    private boolean errorsCut;

    VisitCsvParser(String file, Lookup lookup) {
        this.file = file;
        this.lookup = lookup;
    }

    Result parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            error(0, "", "settlement.import.error.not-utf8");
            return result(List.of(), 0);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            error(0, "", "settlement.import.error.empty");
            return result(List.of(), 0);
        }
        List<CSVRecord> records;
        Map<String, Integer> header;
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
            List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                error(1, String.join(", ", missing), "settlement.import.error.missing-columns", String.join(";", COLUMNS));
                return result(List.of(), 0);
            }
            records = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            error(0, "", "settlement.import.error.unreadable");
            return result(List.of(), 0);
        }
        if (records.isEmpty()) {
            error(0, "", "settlement.import.error.empty");
            return result(List.of(), 0);
        }
        Set<String> hashes = new HashSet<>();
        for (CSVRecord record : records) {
            String cpr = value(record, header, "cpr");
            if (CprHasher.isWellFormed(cpr)) {
                hashes.add(lookup.hasher().hash(cpr));
            }
        }
        Map<String, Long> citizens = hashes.isEmpty() ? Map.of() : lookup.citizensByCprHash().apply(hashes);
        Map<String, Provider> providersByCvr = new HashMap<>();
        lookup.providers().forEach(p -> {
            if (p.getCvr() != null) {
                providersByCvr.put(p.getCvr(), p);
            }
        });
        Map<String, ServiceArea> areas = new HashMap<>();
        lookup.areas().forEach(a -> {
            areas.put(a.getKind().name(), a);
            areas.put(a.getName().strip().toLowerCase(Locale.ROOT), a);
        });
        Set<String> seenIds = new HashSet<>();
        List<VisitRecord> visits = new ArrayList<>();
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            int before = errors.size();
            if (record.size() != header.size()) {
                error(line, "", "settlement.import.error.columns", header.size(), record.size());
                continue;
            }
            String id = value(record, header, "besoeg_id");
            if (id.isEmpty() || id.length() > 100) {
                error(line, "besoeg_id", "settlement.import.error.id");
            } else if (!seenIds.add(id)) {
                error(line, "besoeg_id", "settlement.import.error.duplicate-id", id);
            }
            String cpr = value(record, header, "cpr");
            Long citizenId = null;
            if (!CprHasher.isWellFormed(cpr)) {
                error(line, "cpr", "settlement.import.error.cpr");
            } else {
                citizenId = citizens.get(lookup.hasher().hash(cpr));
                if (citizenId == null) {
                    error(line, "cpr", "settlement.import.error.unknown-citizen", CprHasher.mask(cpr));
                }
            }
            String cvr = value(record, header, "leverandoer_cvr").replace(" ", "");
            Provider provider = providersByCvr.get(cvr);
            if (provider == null) {
                error(line, "leverandoer_cvr", "settlement.import.error.unknown-provider", cvr);
            }
            String areaText = value(record, header, "ydelsesomraade");
            ServiceArea area = areas.getOrDefault(areaText.toUpperCase(Locale.ROOT), areas.get(areaText.toLowerCase(Locale.ROOT)));
            if (area == null) {
                error(line, "ydelsesomraade", "settlement.import.error.unknown-area", areaText);
            }
            Instant start = time(line, "planlagt_start", value(record, header, "planlagt_start"), true);
            Integer granted = minutes(line, "visiteret_min", value(record, header, "visiteret_min"), 1, true);
            Integer delivered = minutes(line, "leveret_min", value(record, header, "leveret_min"), 0, false);
            String helper = value(record, header, "medarbejder");
            if (helper.length() > 64) {
                error(line, "medarbejder", "settlement.import.error.helper");
            }
            String statusText = value(record, header, "status").toUpperCase(Locale.ROOT).replace("Ø", "OE");
            VisitStatus status = STATUSES.get(statusText);
            if (status == null) {
                error(line, "status", "settlement.import.error.status", String.join(", ", STATUSES.keySet().stream().sorted().toList()));
            }
            String cancelledText = value(record, header, "aflyst_tidspunkt");
            Instant cancelled = null;
            if (status == VisitStatus.CANCELLED_BY_CITIZEN) {
                if (cancelledText.isEmpty()) {
                    error(line, "aflyst_tidspunkt", "settlement.import.error.cancel-time-missing");
                } else {
                    cancelled = time(line, "aflyst_tidspunkt", cancelledText, true);
                }
            } else if (status != null && !cancelledText.isEmpty()) {
                error(line, "aflyst_tidspunkt", "settlement.import.error.cancel-time-not-allowed");
            }
            if (status == VisitStatus.DELIVERED && delivered != null && delivered == 0) {
                error(line, "leveret_min", "settlement.import.error.delivered-zero");
            }
            if (status != null && status != VisitStatus.DELIVERED && delivered != null && delivered > 0) {
                error(line, "leveret_min", "settlement.import.error.delivered-not-allowed");
            }
            if (errors.size() == before && !errorsCut) {
                visits.add(new VisitRecord(id, citizenId, provider.getId(), area.getId(), start, granted, delivered,
                        helper.isEmpty() ? null : helper, status, cancelled));
            }
        }
        return result(visits, records.size());
    }

    private Result result(List<VisitRecord> visits, int rows) {
        return new Result(errors.isEmpty() ? visits : List.of(), rows, List.copyOf(errors), errorsCut);
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private Instant time(int line, String field, String text, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                error(line, field, "settlement.import.error.time", text);
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text, LOCAL).atZone(TimeConfiguration.DANISH_TIME).toInstant();
            } catch (DateTimeParseException e) {
                error(line, field, "settlement.import.error.time", text);
                return null;
            }
        }
    }

    private Integer minutes(int line, String field, String text, int min, boolean required) {
        if (text.isEmpty() && !required) {
            return 0;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= MAX_MINUTES) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        error(line, field, "settlement.import.error.minutes", min, MAX_MINUTES);
        return null;
    }

    private void error(int line, String field, String key, Object... args) {
        if (errors.size() >= MAX_ERRORS) {
            errorsCut = true;
            return;
        }
        errors.add(VisitImportError.of(file, line, field, key, args));
    }
}
