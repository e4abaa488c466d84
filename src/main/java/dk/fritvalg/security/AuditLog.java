package dk.fritvalg.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail: a citizen's own history, and the municipality's search for staff with the right role. */
@Service
public class AuditLog {

    /** One recorded look or action. {@code actorRole} and {@code relation} are empty for what the portal did by itself. */
    public record Entry(long id, Instant occurredAt, Long actorUserId, String actorName, Role actorRole, Relation relation,
                        AuditEvent event, Long citizenId, String citizenLabel, List<String> details) {
    }

    /** A staff search; every part is optional. Dates are Danish calendar days, both included. */
    public record Filter(LocalDate from, LocalDate to, AuditEvent event, String actor, Long citizenId, String citizen) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final String COLUMNS = "id, occurred_at, actor_user_id, actor_name, actor_role, relation, event, citizen_id, "
            + "citizen_label, details";

    private final JdbcTemplate jdbc;
    private final AccessGuard guard;

    AuditLog(JdbcTemplate jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** What has been done for a citizen and who looked, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> forCitizen(long citizenId, int offset, int limit) {
        guard.require(Permission.VIEW_CITIZEN_AUDIT_LOG, Target.citizen(citizenId));
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE citizen_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
                MAPPER, citizenId, limit, offset);
    }

    @Transactional(readOnly = true)
    public int countForCitizen(long citizenId) {
        guard.require(Permission.VIEW_CITIZEN_AUDIT_LOG, Target.citizen(citizenId));
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE citizen_id = ?", Integer.class, citizenId);
    }

    /** Staff: the own municipality's trail, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> search(Filter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry " + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
                MAPPER, args.toArray());
    }

    @Transactional(readOnly = true)
    public int count(Filter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry " + where, Integer.class, args.toArray());
    }

    private String where(Filter filter, List<Object> args) {
        long municipalityId = ((Target.Municipality) guard.requireOwn(Permission.SEARCH_AUDIT_LOG).target()).municipalityId();
        StringBuilder where = new StringBuilder("WHERE municipality_id = ?");
        args.add(municipalityId);
        if (filter.from() != null) {
            where.append(" AND occurred_at >= ?");
            args.add(utc(filter.from().atStartOfDay(DANISH_TIME).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < ?");
            args.add(utc(filter.to().plusDays(1).atStartOfDay(DANISH_TIME).toInstant()));
        }
        if (filter.event() != null) {
            where.append(" AND event = ?");
            args.add(filter.event().name());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND actor_name LIKE ?");
            args.add(like(filter.actor()));
        }
        if (filter.citizenId() != null) {
            where.append(" AND citizen_id = ?");
            args.add(filter.citizenId());
        }
        if (filter.citizen() != null && !filter.citizen().isBlank()) {
            where.append(" AND citizen_label LIKE ?");
            args.add(like(filter.citizen()));
        }
        return where.toString();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String like(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static final RowMapper<Entry> MAPPER = AuditLog::map;

    private static Entry map(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("actor_role");
        String relation = rs.getString("relation");
        String details = rs.getString("details");
        long actor = rs.getLong("actor_user_id");
        Long actorId = rs.wasNull() ? null : actor;
        long citizen = rs.getLong("citizen_id");
        Long citizenId = rs.wasNull() ? null : citizen;
        return new Entry(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), actorId, rs.getString("actor_name"),
                role == null ? null : Role.valueOf(role), relation == null ? null : Relation.valueOf(relation),
                AuditEvent.valueOf(rs.getString("event")), citizenId, rs.getString("citizen_label"),
                details == null ? List.of() : Arrays.asList(details.split(AuditTrail.SEPARATOR, -1)));
    }
}
