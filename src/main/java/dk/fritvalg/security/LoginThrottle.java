package dk.fritvalg.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import dk.fritvalg.shared.jobs.JobLocks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password logins per typed user name and per client address, the same whether the user exists or not
 * (so the answers never tell who has a login). A few attempts are free; after that each attempt must wait a delay
 * that doubles with every further attempt, up to a ceiling: short for a user name (a stranger can slow a login down
 * by a minute, never lock it for long) and long for an address (one machine cannot try many names).
 *
 * <p>Every attempt is counted <em>before</em> the password is checked, under the row's lock: the decision to let an
 * attempt through is serialised per user name and per address, so thirty attempts in parallel see thirty different
 * counts and the right password in the middle of a burst is let through only when the throttle would let any
 * password through. Counting is one atomic statement on one row (no version clash). A success forgets the user
 * name's count and takes back the address's count for that attempt. Rows not touched for a day are deleted.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Whether an attempt may go on to the password check, and if not, for how long it must wait. */
    record Decision(boolean allowed, Duration retryAfter) {
    }

    /** The throttle's subjects for one attempt: the typed user name and, over HTTP, the client address. */
    record Subjects(String account, String address) {
        List<String> keys() {
            List<String> keys = new ArrayList<>(2);
            keys.add(account);
            if (address != null) {
                keys.add(address);
            }
            // Always in the same order, so two attempts never wait for each other's rows crosswise.
            return keys.stream().sorted().toList();
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int freePerAccount;
    private final int freePerAddress;
    private final Duration firstDelay;
    private final Duration maxDelayPerAccount;
    private final Duration maxDelayPerAddress;
    private final Duration forgetAfter;

    LoginThrottle(JdbcTemplate jdbc, Clock clock,
                  @Value("${fritvalg.security.login.free-attempts-per-user:5}") int freePerAccount,
                  @Value("${fritvalg.security.login.free-attempts-per-address:20}") int freePerAddress,
                  @Value("${fritvalg.security.login.first-delay:PT1S}") Duration firstDelay,
                  @Value("${fritvalg.security.login.max-delay-per-user:PT1M}") Duration maxDelayPerAccount,
                  @Value("${fritvalg.security.login.max-delay-per-address:PT15M}") Duration maxDelayPerAddress,
                  @Value("${fritvalg.security.login.forget-after:PT15M}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.firstDelay = firstDelay;
        this.maxDelayPerAccount = maxDelayPerAccount;
        this.maxDelayPerAddress = maxDelayPerAddress;
        this.forgetAfter = forgetAfter;
    }

    static Subjects subjects(String username, String address) {
        String account = hash("account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
        return new Subjects(account, address == null || address.isBlank() ? null : hash("address:" + address.strip()));
    }

    /** Counts an attempt if it may go on; refuses it (and counts nothing) while a subject must still wait. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Decision attempt(Subjects subjects) {
        Instant now = clock.instant();
        List<String> keys = subjects.keys();
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            // Creates the row if needed and takes its lock in the same statement.
            jdbc.update("INSERT INTO login_throttle (subject, attempts, last_attempt_at) VALUES (?, 0, ?) "
                    + "ON DUPLICATE KEY UPDATE subject = subject", key, Timestamp.from(now));
            rows.add(jdbc.queryForObject("SELECT attempts, last_attempt_at, blocked_until FROM login_throttle WHERE subject = ? FOR UPDATE",
                    (rs, i) -> new Row(key, rs.getInt(1), rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()), key));
        }
        Duration wait = Duration.ZERO;
        for (Row row : rows) {
            if (row.blockedUntil() != null && row.blockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, row.blockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        if (!wait.isZero()) {
            return new Decision(false, wait);
        }
        for (Row row : rows) {
            boolean account = row.subject().equals(subjects.account());
            int previous = row.lastAttemptAt().isBefore(now.minus(forgetAfter)) ? 0 : row.attempts();
            int attempts = previous + 1;
            int free = account ? freePerAccount : freePerAddress;
            Instant blockedUntil = attempts >= free
                    ? now.plus(delay(attempts - free, account ? maxDelayPerAccount : maxDelayPerAddress)) : null;
            jdbc.update("UPDATE login_throttle SET attempts = ?, last_attempt_at = ?, blocked_until = ? WHERE subject = ?",
                    attempts, Timestamp.from(now), blockedUntil == null ? null : Timestamp.from(blockedUntil), row.subject());
            if (attempts == free) {
                log.warn("Login attempts throttled for {} {}", account ? "user name" : "client address", row.subject().substring(0, 12));
            }
        }
        return new Decision(true, Duration.ZERO);
    }

    /** The password was right: the user name starts afresh, and this attempt no longer counts against the address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(Subjects subjects) {
        jdbc.update("UPDATE login_throttle SET attempts = 0, blocked_until = NULL WHERE subject = ?", subjects.account());
        if (subjects.address() != null) {
            jdbc.update("UPDATE login_throttle SET attempts = GREATEST(attempts - 1, 0), "
                    + "blocked_until = CASE WHEN attempts < ? THEN NULL ELSE blocked_until END WHERE subject = ?",
                    freePerAddress, subjects.address());
        }
    }

    /** The delay after the free attempts: the first delay, doubled for each attempt beyond, up to the ceiling. */
    Duration delay(int beyondFree, Duration max) {
        int doublings = Math.min(beyondFree, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "security.login-throttle-cleanup", lockAtLeastFor = JobLocks.AT_LEAST)
    void forgetOldRows() {
        int deleted = jdbc.update("DELETE FROM login_throttle WHERE last_attempt_at < ? AND (blocked_until IS NULL OR blocked_until < ?)",
                Timestamp.from(clock.instant().minus(Duration.ofDays(1))), Timestamp.from(clock.instant()));
        if (deleted > 0) {
            log.info("Forgot {} old login throttle rows", deleted);
        }
    }

    private record Row(String subject, int attempts, Instant lastAttemptAt, Instant blockedUntil) {
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
