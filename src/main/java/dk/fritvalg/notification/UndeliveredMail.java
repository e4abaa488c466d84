package dk.fritvalg.notification;

import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices sent for the administrator's municipality that the portal gave up on (a bad address, or a channel that
 * failed too many times), newest first: to whom, what, why and when, never the text.
 */
@Service
public class UndeliveredMail {

    /** One notice given up on. */
    public record Entry(String recipient, String subject, String reference, int attempts, String reason, Instant createdAt) {
    }

    private final NoticeRepository notices;
    private final AccessGuard guard;

    UndeliveredMail(NoticeRepository notices, AccessGuard guard) {
        this.notices = notices;
        this.guard = guard;
    }

    /** A page of the list; {@code offset} is a multiple of {@code limit}, as grids ask. */
    @Transactional(readOnly = true)
    public List<Entry> list(int offset, int limit) {
        return notices.findByMunicipalityIdAndStatusOrderByCreatedAtDescIdDesc(ownMunicipality(), NoticeStatus.GIVEN_UP,
                        PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))).stream()
                .map(n -> new Entry(n.getEmail() != null ? n.getEmail() : String.valueOf(n.getRecipientName()), n.getSubject(),
                        n.getReference(), n.getAttempts(), n.getLastError(), n.getCreatedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public int count() {
        return (int) notices.countByMunicipalityIdAndStatus(ownMunicipality(), NoticeStatus.GIVEN_UP);
    }

    private long ownMunicipality() {
        return ((Target.Municipality) guard.requireOwn(Permission.VIEW_UNDELIVERED_MAIL).target()).municipalityId();
    }
}
