package dk.fritvalg.security;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit trail: who did what, for whom, acting as what, and when. The table is append-only (the
 * database refuses updates and deletes). Actions are written in the business transaction, so they stand or
 * fall with it; looks are written in a transaction of their own, because reads run in read-only ones.
 */
@Component
public class AuditTrail {

    /** Separates the values of an event in one column; never part of a value. */
    static final String SEPARATOR = "\u001F";
    private static final String INSERT = """
            INSERT INTO audit_entry (occurred_at, actor_user_id, actor_name, actor_role, relation, permission, event,
                                     citizen_id, citizen_label, municipality_id, provider_id, details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final CitizenRelations citizens;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, @Lazy CitizenRelations citizens, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.citizens = citizens;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void append(Access access, AuditEvent event, Long citizenId, Object... args) {
        PortalUser user = access.user();
        Long municipalityId = citizenId != null ? citizens.municipalityOf(citizenId).orElse(access.municipalityId()) : access.municipalityId();
        jdbc.update(INSERT, utcNow(), user.id(), user.displayName(), user.role().name(),
                access.relation().name(), access.permission().name(), event.name(), citizenId,
                citizenId == null ? null : citizens.label(citizenId), municipalityId, access.providerId(), details(args));
    }

    void appendLooks(Access access, Collection<Long> citizenIds) {
        if (citizenIds.isEmpty()) {
            return;
        }
        PortalUser user = access.user();
        LocalDateTime now = utcNow();
        List<Object[]> rows = new ArrayList<>();
        for (Long citizenId : citizenIds.stream().distinct().toList()) {
            rows.add(new Object[] {now, user.id(), user.displayName(), user.role().name(), access.relation().name(),
                    access.permission().name(), AuditEvent.LOOKED.name(), citizenId, citizens.label(citizenId),
                    citizens.municipalityOf(citizenId).orElse(access.municipalityId()), access.providerId(), null});
        }
        ownTransaction.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, rows));
    }

    /**
     * Records what the portal did by itself (a scheduled job), in the caller's transaction. The actor is the
     * portal; the citizen's municipality owns the entry.
     */
    public void appendSystem(AuditEvent event, long citizenId, Object... args) {
        jdbc.update(INSERT, utcNow(), null, "Frit Valg", null, null, null, event.name(), citizenId,
                citizens.label(citizenId), citizens.municipalityOf(citizenId).orElse(null), null, details(args));
    }

    /** The database keeps UTC wall-clock times, whatever the JVM's own zone. */
    private LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String details(Object... args) {
        if (args == null || args.length == 0) {
            return null;
        }
        String joined = Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a).replace(SEPARATOR, " "))
                .collect(Collectors.joining(SEPARATOR));
        return joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }
}
