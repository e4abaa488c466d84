package dk.fritvalg.notification;

import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mails sent for the administrator's municipality that could not be delivered, newest first. */
@Service
public class UndeliveredMail {

    /** One mail given up on: to whom, what, why and when; never its text. */
    public record Entry(String recipient, String subject, String reference, int attempts, String reason, Instant failedAt) {
    }

    private final DeadLetters deadLetters;
    private final AccessGuard guard;

    UndeliveredMail(DeadLetters deadLetters, AccessGuard guard) {
        this.deadLetters = deadLetters;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public List<Entry> list(int offset, int limit) {
        return deadLetters.page(ownMunicipality(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        return deadLetters.count(ownMunicipality());
    }

    private long ownMunicipality() {
        return ((Target.Municipality) guard.requireOwn(Permission.VIEW_UNDELIVERED_MAIL).target()).municipalityId();
    }
}
