package dk.fritvalg.citizen;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import dk.fritvalg.shared.jobs.JobLocks;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.AuditTrail;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.shared.CprVault;
import dk.fritvalg.shared.TimeConfiguration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A power of attorney the citizen gives herself (as with Digital Fuldmagt): she names the relative by CPR number and
 * name, the scope and the period; the relative accepts or declines it on her own login (matched by the keyed CPR
 * hash), and it takes effect only when accepted. The citizen sees and revokes what she gave; the relative sees what
 * she holds. Every step is in the audit trail and told to both by their channels; a job records the powers whose end
 * date has passed.
 */
@Service
public class PowerOfAttorneyService {

    /** What the citizen enters. */
    public record GiveForm(String relativeCpr, String firstName, String lastName, PowerOfAttorneyScope scope, LocalDate validFrom,
                           LocalDate validTo) {
    }

    /** A power as the citizen who gave it sees it. */
    public record GivenPower(long id, String relativeName, PowerOfAttorneyScope scope, LocalDate validFrom, LocalDate validTo,
                             PowerOfAttorney.State state) {
    }

    /** A power as the relative who holds it (or is asked to) sees it. */
    public record HeldPower(long id, long citizenId, String citizenName, PowerOfAttorneyScope scope, LocalDate validFrom,
                            LocalDate validTo, PowerOfAttorney.State state) {
    }

    private static final Logger log = LoggerFactory.getLogger(PowerOfAttorneyService.class);
    private static final int NAME_LENGTH = 100;
    /** How far ahead a power may start. */
    private static final int MAX_START_YEARS = 1;

    private final CitizenRepository citizens;
    private final RelativeRepository relatives;
    private final PowerOfAttorneyRepository powers;
    private final AccessGuard accessGuard;
    private final AuditTrail auditTrail;
    private final UserAccountService accounts;
    private final CprHasher cprHasher;
    private final CprVault cprVault;
    private final PowerNotices notices;
    private final Clock clock;
    private final TransactionTemplate eachPower;

    PowerOfAttorneyService(CitizenRepository citizens, RelativeRepository relatives, PowerOfAttorneyRepository powers,
                           AccessGuard accessGuard, AuditTrail auditTrail, UserAccountService accounts, CprHasher cprHasher,
                           CprVault cprVault, PowerNotices notices, Clock clock, PlatformTransactionManager transactionManager) {
        this.citizens = citizens;
        this.relatives = relatives;
        this.powers = powers;
        this.accessGuard = accessGuard;
        this.auditTrail = auditTrail;
        this.accounts = accounts;
        this.cprHasher = cprHasher;
        this.cprVault = cprVault;
        this.notices = notices;
        this.clock = clock;
        this.eachPower = new TransactionTemplate(transactionManager);
    }

    /**
     * The citizen gives a relative a power of attorney; it waits for the relative to accept. Refused with a Danish
     * message: a CPR number that is not ten digits, no name, her own CPR number, a relative without her own login, a
     * second open power for the same relative and scope, a start in the past or more than a year ahead, an end date in
     * the past or before the start.
     */
    @Transactional
    public long give(long citizenId, GiveForm form) {
        Access access = accessGuard.require(Permission.GIVE_POWER_OF_ATTORNEY, Target.citizen(citizenId));
        // the citizen's row first: a second attempt at the same moment waits and then sees this one's power
        Citizen citizen = citizens.lockById(citizenId)
                .orElseThrow(() -> accessGuard.deny(access.user(), Permission.GIVE_POWER_OF_ATTORNEY, "citizen " + citizenId));
        if (!CprHasher.isWellFormed(form.relativeCpr())) {
            throw new BusinessException("poa.error.cpr");
        }
        String firstName = blankToNull(form.firstName());
        String lastName = blankToNull(form.lastName());
        if (firstName == null || lastName == null) {
            throw new BusinessException("poa.error.name");
        }
        if (firstName.length() > NAME_LENGTH || lastName.length() > NAME_LENGTH) {
            throw new BusinessException("poa.error.name-length", NAME_LENGTH);
        }
        if (form.scope() == null) {
            throw new BusinessException("poa.error.scope");
        }
        LocalDate today = today();
        LocalDate from = form.validFrom() == null ? today : form.validFrom();
        if (from.isBefore(today)) {
            throw new BusinessException("poa.error.start-past");
        }
        if (from.isAfter(today.plusYears(MAX_START_YEARS))) {
            throw new BusinessException("poa.error.start-too-late");
        }
        if (form.validTo() != null && form.validTo().isBefore(today)) {
            throw new BusinessException("poa.error.end-past");
        }
        if (form.validTo() != null && form.validTo().isBefore(from)) {
            throw new BusinessException("poa.error.period");
        }
        String hash = cprHasher.hash(form.relativeCpr());
        if (citizen.getCprHash().equals(hash)) {
            throw new BusinessException("poa.error.self");
        }
        Long relativeId = accounts.relativeLogin(hash).orElseThrow(() -> new BusinessException("poa.error.no-login"));
        Relative relative = relatives.findById(relativeId).orElseThrow(() -> new BusinessException("poa.error.no-login"));
        if (powers.lockByCitizenId(citizenId).stream().anyMatch(p -> p.getRelativeId().equals(relativeId) && p.getScope() == form.scope()
                && p.isOpen(today))) {
            throw new BusinessException("poa.error.duplicate-scope");
        }
        if (relative.getCprSealed() == null) {
            relative.sealCpr(cprVault.seal(form.relativeCpr()));
        }
        String name = firstName + " " + lastName;
        PowerOfAttorney power = powers.save(PowerOfAttorney.givenByCitizen(relativeId, citizenId, name, form.scope(), from,
                form.validTo(), access.user().id(), clock.instant()));
        access.record(AuditEvent.POWER_OF_ATTORNEY_GIVEN, name, form.scope(), from, form.validTo() == null ? "NONE" : form.validTo());
        notices.tell(power, citizen, "poa-given");
        return power.getId();
    }

    /** The powers the citizen has given, newest first, with where each stands. */
    @Transactional(readOnly = true)
    public List<GivenPower> given(long citizenId) {
        accessGuard.require(Permission.GIVE_POWER_OF_ATTORNEY, Target.citizen(citizenId));
        LocalDate today = today();
        return powers.findByCitizenId(citizenId).stream()
                .sorted(Comparator.comparing(PowerOfAttorney::getId).reversed())
                .map(p -> new GivenPower(p.getId(), p.getRelativeName(), p.getScope(), p.getValidFrom(), p.getValidTo(), p.state(today)))
                .toList();
    }

    /** The citizen revokes a power she gave (waiting or in force): it ends at once. */
    @Transactional
    public void revoke(long powerId) {
        PowerOfAttorney power = powers.findById(powerId).orElseThrow(() -> new BusinessException("poa.error.not-found"));
        Access access = accessGuard.require(Permission.GIVE_POWER_OF_ATTORNEY, Target.citizen(power.getCitizenId()));
        Citizen citizen = citizens.lockById(power.getCitizenId()).orElseThrow();
        if (!power.isOpen(today())) {
            throw new BusinessException("poa.error.not-open");
        }
        power.revoke(clock.instant());
        access.record(AuditEvent.POWER_OF_ATTORNEY_REVOKED, power.getRelativeName(), power.getScope());
        notices.tell(power, citizen, "poa-revoked");
    }

    /** The powers the logged-in relative holds or is asked to accept (waiting first), with the citizen's name. */
    @Transactional(readOnly = true)
    public List<HeldPower> heldByCurrentRelative() {
        Access access = accessGuard.requireOwn(Permission.VIEW_OWN_POWERS_OF_ATTORNEY);
        LocalDate today = today();
        return powers.findByRelativeId(relativeId(access, Permission.VIEW_OWN_POWERS_OF_ATTORNEY)).stream()
                .map(p -> new HeldPower(p.getId(), p.getCitizenId(), citizens.findById(p.getCitizenId()).map(Citizen::fullName).orElse(""),
                        p.getScope(), p.getValidFrom(), p.getValidTo(), p.state(today)))
                .sorted(Comparator.comparing((HeldPower h) -> h.state() != PowerOfAttorney.State.WAITING).thenComparing(HeldPower::id,
                        Comparator.reverseOrder()))
                .toList();
    }

    /** The relative accepts a power given to her: it takes effect (from its start date). */
    @Transactional
    public void accept(long powerId) {
        answer(powerId, true);
    }

    /** The relative declines a power given to her: it never takes effect. */
    @Transactional
    public void decline(long powerId) {
        answer(powerId, false);
    }

    private void answer(long powerId, boolean accept) {
        Access access = accessGuard.requireOwn(Permission.ANSWER_POWER_OF_ATTORNEY);
        long relativeId = relativeId(access, Permission.ANSWER_POWER_OF_ATTORNEY);
        // the power's row locked: an answer and a revocation at the same moment are taken one after the other
        PowerOfAttorney locked = powers.lockById(powerId)
                .orElseThrow(() -> accessGuard.deny(access.user(), Permission.ANSWER_POWER_OF_ATTORNEY, "power " + powerId));
        if (!Objects.equals(locked.getRelativeId(), relativeId)) {
            // a power meant for someone else: refused, and nothing about it is told
            throw accessGuard.deny(access.user(), Permission.ANSWER_POWER_OF_ATTORNEY, "power " + powerId + " of another relative");
        }
        Citizen citizen = citizens.findById(locked.getCitizenId()).orElseThrow();
        if (locked.state(today()) != PowerOfAttorney.State.WAITING) {
            throw new BusinessException("poa.error.not-waiting");
        }
        if (accept) {
            locked.accept(clock.instant());
            access.recordFor(citizen.getId(), AuditEvent.POWER_OF_ATTORNEY_ACCEPTED, locked.getRelativeName(), locked.getScope());
            notices.tell(locked, citizen, "poa-accepted");
        } else {
            locked.decline(clock.instant());
            access.recordFor(citizen.getId(), AuditEvent.POWER_OF_ATTORNEY_DECLINED, locked.getRelativeName(), locked.getScope());
            notices.tell(locked, citizen, "poa-declined");
        }
    }

    /**
     * Records every power whose end date has passed (in force or still waiting) as expired, in the audit trail and by a
     * notice to both. Each power in its own transaction, claimed by a conditional update, so two nodes record it once.
     */
    @Scheduled(cron = "${fritvalg.poa.expire-cron:0 15 0 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "citizen.poa-expiry", lockAtLeastFor = JobLocks.AT_LEAST)
    public void expiryJob() {
        expireEnded();
    }

    /** Returns how many powers were recorded as expired by this call. */
    public int expireEnded() {
        LocalDate today = today();
        int done = 0;
        for (Long id : powers.findEnded(today)) {
            Boolean expired = eachPower.execute(status -> {
                if (powers.claimExpiry(id, clock.instant()) == 0) {
                    return false;
                }
                PowerOfAttorney power = powers.findById(id).orElseThrow();
                Citizen citizen = citizens.findById(power.getCitizenId()).orElseThrow();
                auditTrail.appendSystem(AuditEvent.POWER_OF_ATTORNEY_EXPIRED, citizen.getId(), power.getRelativeName(), power.getScope(),
                        power.getValidTo());
                notices.tell(power, citizen, "poa-expired");
                return true;
            });
            if (Boolean.TRUE.equals(expired)) {
                done++;
            }
        }
        if (done > 0) {
            log.info("{} power(s) of attorney expired on {}", done, today);
        }
        return done;
    }

    private long relativeId(Access access, Permission permission) {
        PortalUser user = access.user();
        if (user.relativeId() == null) {
            throw accessGuard.deny(user, permission, "no relative record");
        }
        return user.relativeId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
