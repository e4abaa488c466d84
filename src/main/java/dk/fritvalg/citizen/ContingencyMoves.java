package dk.fritvalg.citizen;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * System side: moves every citizen of a failed provider to the municipality's fallback provider per service area, with
 * the reason {@link ChoiceReason#CONTINGENCY}, and cancels the open requests to switch to the failed provider. For the
 * market's failure service once it has checked the user's permission; runs in its transaction.
 *
 * <p>Set-based: a handful of statements per service area whatever the number of citizens, so a provider with thousands
 * of citizens moves in one short transaction. The old choice ends the day before the failure date and the new one
 * starts on it (or on the old one's own start, if that was later), keeping the old end date; history is never rewritten.
 * Choices already ended before the date are left alone, so running it again moves nothing.
 */
@Service
public class ContingencyMoves {

    /** What the move did: the citizens moved (by area), and those whose open request to the provider was cancelled. */
    public record Outcome(Map<Long, List<Long>> citizensByArea, List<Long> cancelledRequestCitizens, int choicesMoved) {

        /** Every citizen moved, once, in id order. */
        public List<Long> citizens() {
            TreeSet<Long> all = new TreeSet<>();
            citizensByArea.values().forEach(all::addAll);
            return List.copyOf(all);
        }
    }

    private static final String STILL_SERVED = " pc.provider_id = :provider AND (pc.valid_to IS NULL OR pc.valid_to >= :from)";

    private final NamedParameterJdbcTemplate jdbc;

    ContingencyMoves(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The provider's citizens on or after the date, counted per service area: what a failure would move. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> servedFrom(long providerId, LocalDate from) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        jdbc.query("SELECT pc.service_area_id, COUNT(DISTINCT pc.citizen_id) FROM provider_choice pc WHERE " + STILL_SERVED
                        + " GROUP BY pc.service_area_id ORDER BY pc.service_area_id",
                new MapSqlParameterSource("provider", providerId).addValue("from", Date.valueOf(from)),
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /**
     * Moves the failed provider's citizens from the date, each area to its fallback provider ({@code fallbackByArea}
     * must name one for every area the provider still serves), and cancels open requests to switch to the failed
     * provider. Requests to leave it for another provider stay: the citizen's own choice still takes effect on its date.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome move(long failedProviderId, Map<Long, Long> fallbackByArea, LocalDate from, long userId, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("provider", failedProviderId)
                .addValue("from", Date.valueOf(from)).addValue("user", userId).addValue("now", Timestamp.from(now));
        // Lock the rows first: a switch carried out at the same moment waits for the move, or the move for it.
        List<long[]> served = jdbc.query("SELECT pc.id, pc.citizen_id, pc.service_area_id FROM provider_choice pc WHERE " + STILL_SERVED
                + " ORDER BY pc.id FOR UPDATE", params, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        Map<Long, List<Long>> byArea = new LinkedHashMap<>();
        for (long[] row : served) {
            if (!fallbackByArea.containsKey(row[2])) {
                throw new IllegalArgumentException("No fallback provider for service area " + row[2]);
            }
            List<Long> citizens = byArea.computeIfAbsent(row[2], k -> new ArrayList<>());
            if (!citizens.contains(row[1])) {
                citizens.add(row[1]);
            }
        }
        int moved = 0;
        for (Long area : byArea.keySet()) {
            MapSqlParameterSource areaParams = new MapSqlParameterSource(params.getValues()).addValue("area", area)
                    .addValue("fallback", fallbackByArea.get(area));
            jdbc.update("""
                    INSERT INTO provider_choice (version, citizen_id, service_area_id, provider_id, valid_from, valid_to, reason,
                                                 made_by_user_id, made_at)
                    SELECT 0, pc.citizen_id, pc.service_area_id, :fallback, GREATEST(pc.valid_from, :from), pc.valid_to, 'CONTINGENCY',
                           :user, :now
                    FROM provider_choice pc WHERE pc.service_area_id = :area AND""" + STILL_SERVED, areaParams);
            // A choice that would only have started on or after the date ends the day before its own start: it never ran.
            moved += jdbc.update("""
                    UPDATE provider_choice pc SET pc.valid_to = DATE_SUB(GREATEST(pc.valid_from, :from), INTERVAL 1 DAY),
                           pc.version = pc.version + 1
                    WHERE pc.service_area_id = :area AND""" + STILL_SERVED, areaParams);
        }
        List<Long> cancelled = jdbc.queryForList("""
                SELECT r.citizen_id FROM switch_request r
                WHERE r.to_provider_id = :provider AND r.open_key IS NOT NULL ORDER BY r.id FOR UPDATE""", params, Long.class);
        jdbc.update("""
                UPDATE switch_request SET status = 'CANCELLED', cancelled_at = :now, cancelled_by_user_id = :user, open_key = NULL,
                       version = version + 1
                WHERE to_provider_id = :provider AND open_key IS NOT NULL""", params);
        byArea.replaceAll((area, citizens) -> List.copyOf(citizens));
        return new Outcome(Map.copyOf(byArea), List.copyOf(new TreeSet<>(cancelled)), moved);
    }
}
