package dk.fritvalg.settlement;

import dk.fritvalg.shared.TimeConfiguration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes visits in bulk: finds which of a batch are already known (by the source's visit id), inserts the new ones,
 * updates the changed ones and leaves the rest alone, so a second import of the same file changes nothing.
 */
@Component
class VisitWriter {

    record Counts(int inserted, int changed, int unchanged) {
    }

    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    VisitWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Runs inside the caller's transaction. */
    Counts write(long municipalityId, String source, List<VisitRecord> visits, Instant now) {
        int inserted = 0;
        int changed = 0;
        int unchanged = 0;
        for (int from = 0; from < visits.size(); from += CHUNK) {
            List<VisitRecord> chunk = visits.subList(from, Math.min(visits.size(), from + CHUNK));
            Map<String, VisitRecord> existing = existing(municipalityId, source, chunk);
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            for (VisitRecord v : chunk) {
                VisitRecord old = existing.get(v.sourceVisitId());
                if (old == null) {
                    inserts.add(new Object[] {municipalityId, source, v.sourceVisitId(), v.citizenId(), v.providerId(), v.serviceAreaId(),
                            utc(v.plannedStart()), danishDate(v.plannedStart()), v.grantedMinutes(), v.deliveredMinutes(), v.helperRef(),
                            v.status().name(), utc(v.cancelledAt()), danish(v.cancelledAt()), utc(now), utc(now)});
                } else if (!old.equals(v)) {
                    updates.add(new Object[] {v.citizenId(), v.providerId(), v.serviceAreaId(), utc(v.plannedStart()),
                            danishDate(v.plannedStart()), v.grantedMinutes(), v.deliveredMinutes(), v.helperRef(), v.status().name(),
                            utc(v.cancelledAt()), danish(v.cancelledAt()), utc(now), municipalityId, source, v.sourceVisitId()});
                } else {
                    unchanged++;
                }
            }
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO visit (municipality_id, source, source_visit_id, citizen_id, provider_id, service_area_id, planned_start,
                                           planned_date, granted_minutes, delivered_minutes, helper_ref, status, cancelled_at,
                                           cancelled_at_local, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
            }
            if (!updates.isEmpty()) {
                jdbc.batchUpdate("""
                        UPDATE visit SET citizen_id = ?, provider_id = ?, service_area_id = ?, planned_start = ?, planned_date = ?,
                                         granted_minutes = ?, delivered_minutes = ?, helper_ref = ?, status = ?, cancelled_at = ?,
                                         cancelled_at_local = ?, updated_at = ?
                        WHERE municipality_id = ? AND source = ? AND source_visit_id = ?""", updates);
            }
            inserted += inserts.size();
            changed += updates.size();
        }
        return new Counts(inserted, changed, unchanged);
    }

    /** Sums the months again from the visits (one grouped query per month), for the budget dashboard. */
    void refreshActivity(long municipalityId, java.util.Collection<java.time.YearMonth> months) {
        for (java.time.YearMonth month : months) {
            jdbc.update("""
                    REPLACE INTO visit_activity_month (municipality_id, month, visits, granted_minutes, delivered_minutes, citizens)
                    SELECT ?, ?, COUNT(*), COALESCE(SUM(granted_minutes), 0), COALESCE(SUM(delivered_minutes), 0), COUNT(DISTINCT citizen_id)
                    FROM visit WHERE municipality_id = ? AND planned_date BETWEEN ? AND ?""",
                    municipalityId, month.atDay(1), municipalityId, month.atDay(1), month.atEndOfMonth());
        }
    }

    private Map<String, VisitRecord> existing(long municipalityId, String source, List<VisitRecord> chunk) {
        Map<String, VisitRecord> found = new HashMap<>();
        named.query("""
                SELECT source_visit_id, citizen_id, provider_id, service_area_id, planned_start, granted_minutes, delivered_minutes,
                       helper_ref, status, cancelled_at
                FROM visit WHERE municipality_id = :m AND source = :s AND source_visit_id IN (:ids)""",
                new MapSqlParameterSource("m", municipalityId).addValue("s", source)
                        .addValue("ids", chunk.stream().map(VisitRecord::sourceVisitId).toList()),
                rs -> {
                    LocalDateTime cancelled = rs.getObject("cancelled_at", LocalDateTime.class);
                    found.put(rs.getString(1), new VisitRecord(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt(6), rs.getInt(7), rs.getString(8),
                            VisitStatus.valueOf(rs.getString(9)), cancelled == null ? null : cancelled.toInstant(ZoneOffset.UTC)));
                });
        return found;
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static LocalDateTime danish(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, TimeConfiguration.DANISH_TIME);
    }

    static java.time.LocalDate danishDate(Instant instant) {
        return Objects.requireNonNull(danish(instant)).toLocalDate();
    }

}
