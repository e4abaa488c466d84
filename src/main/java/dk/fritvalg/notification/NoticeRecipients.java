package dk.fritvalg.notification;

import java.util.List;
import java.util.Optional;

/**
 * What the notification module needs to know about people. The citizen module owns citizens, relatives and powers of
 * attorney and implements this, so notification stays below it.
 */
public interface NoticeRecipients {

    Optional<Recipient> citizen(long citizenId);

    /** The relative, with her letters printed by this municipality (that of the citizen the notice is about). */
    Optional<Recipient> relative(long relativeId, Long municipalityId);

    /** Every relative holding a power of attorney (see or act) valid today for the citizen: each gets a copy. */
    List<Recipient> relativesWithPower(long citizenId);

    /** The CPR number (ten digits) kept for sending, or empty. Only the Digital Post sender calls this. */
    Optional<String> cprForSending(PersonKind kind, long id);
}
