package dk.fritvalg.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Mails the portal gave up on, kept for the municipality's administrator (never the body). */
@Component
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeadLetters(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** In the caller's transaction. */
    void record(MailRequested mail, int attempts, String reason) {
        jdbc.update("""
                INSERT INTO mail_dead_letter (municipality_id, recipient, subject, reference, attempts, reason, failed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                mail.municipalityId(), cut(mail.to(), 400), cut(mail.subject(), 300), cut(mail.reference(), 200), attempts,
                cut(reason, 500), Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        log.warn("Mail {} not delivered and kept for the administrator: {}", mail.reference(), reason);
    }

    List<UndeliveredMail.Entry> page(long municipalityId, int offset, int limit) {
        return jdbc.query("""
                SELECT recipient, subject, reference, attempts, reason, failed_at FROM mail_dead_letter
                WHERE municipality_id = ? ORDER BY failed_at DESC, id DESC LIMIT ? OFFSET ?""",
                (rs, i) -> new UndeliveredMail.Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                municipalityId, limit, offset);
    }

    int count(long municipalityId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_dead_letter WHERE municipality_id = ?", Integer.class, municipalityId);
    }

    int countAll() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_dead_letter", Integer.class);
    }

    private static String cut(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() > max ? v.substring(0, max) : v;
    }
}
