package dk.fritvalg.citizen;

import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.Target;
import java.time.Clock;
import java.time.LocalDate;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.shared.CprVault;
import dk.fritvalg.shared.EmailAddress;
import dk.fritvalg.shared.TimeConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import java.util.Optional;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What citizens and relatives see of their help. Every method checks the role and then the tenant:
 * the citizen themself, a relative holding a valid power of attorney, or staff of the citizen's municipality.
 */
@Service
public class CitizenService {

    /** A citizen's help as they see it. */
    public record Overview(Citizen citizen, List<Grant> grants, List<ProviderChoice> choices, boolean mayAct) {

        /** The choices in force on a date, one per service area at most. */
        public List<ProviderChoice> currentChoices(LocalDate date) {
            return choices.stream().filter(c -> c.isValidOn(date)).toList();
        }
    }

    /** A citizen a relative may act or look for. */
    public record Represented(long citizenId, String name, PowerOfAttorneyScope scope, LocalDate validTo) {
    }

    /** A citizen as staff find them: never the full CPR number. */
    public record CitizenSummary(long id, String name, String cprMasked, String address) {
    }

    /** A power of attorney as staff see it: the relative's name as written on the power. */
    public record PowerRow(long id, String relativeName, PowerOfAttorneyScope scope, LocalDate validFrom, LocalDate validTo,
                           boolean valid, PowerOfAttorney.State state, PowerOfAttorney.GivenBy givenBy) {
    }

    /** A power a relative holds (or is asked to accept) from a citizen of the staff member's municipality. */
    public record HeldPowerRow(long id, String citizenName, String citizenCprMasked, PowerOfAttorneyScope scope, LocalDate validFrom,
                               LocalDate validTo, PowerOfAttorney.State state) {
    }

    /** A relative's own name and contact details, as the relative sees them. */
    public record RelativeContact(long relativeId, String name, String email, String phone) {
    }

    /** What staff enter to register a power of attorney. */
    public record PowerOfAttorneyForm(String relativeCpr, String firstName, String lastName, String email, String phone,
                                      PowerOfAttorneyScope scope, LocalDate validFrom, LocalDate validTo, String reason) {
    }

    private static final Logger log = LoggerFactory.getLogger(CitizenService.class);
    /** The size of the name columns. */
    private static final int NAME_LENGTH = 100;
    /** How far ahead a power of attorney may be registered to end. */
    private static final int MAX_POWER_YEARS = 10;
    /** The size of the reason column. */
    private static final int REASON_LENGTH = 500;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,30}[0-9]");

    private final CitizenRepository citizens;
    private final RelativeRepository relatives;
    private final RelativeContactChangeRepository contactChanges;
    private final PowerOfAttorneyRepository powers;
    private final GrantRepository grants;
    private final ProviderChoiceRepository choices;
    private final AccessGuard accessGuard;
    private final Clock clock;

    private final CprHasher cprHasher;
    private final CprVault cprVault;
    private final PowerNotices powerNotices;

    CitizenService(CitizenRepository citizens, RelativeRepository relatives, RelativeContactChangeRepository contactChanges,
                   PowerOfAttorneyRepository powers, GrantRepository grants, ProviderChoiceRepository choices, AccessGuard accessGuard,
                   CprHasher cprHasher, CprVault cprVault, PowerNotices powerNotices, Clock clock) {
        this.cprHasher = cprHasher;
        this.cprVault = cprVault;
        this.powerNotices = powerNotices;
        this.citizens = citizens;
        this.relatives = relatives;
        this.contactChanges = contactChanges;
        this.powers = powers;
        this.grants = grants;
        this.choices = choices;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** The citizen's grants, providers and history of choices. */
    @Transactional(readOnly = true)
    public Overview overview(long citizenId) {
        Citizen citizen = requireAccess(Permission.VIEW_CITIZEN_HELP, citizenId);
        boolean mayAct = accessGuard.allows(Permission.SWITCH_PROVIDER, Target.citizen(citizenId));
        return new Overview(citizen, grants.findByCitizenIdOrderByValidFrom(citizenId),
                choices.findByCitizenIdOrderByValidFromDesc(citizenId), mayAct);
    }

    /** The citizens the logged-in relative holds a valid power of attorney for. */
    @Transactional(readOnly = true)
    public List<Represented> representedByCurrentRelative() {
        Access access = accessGuard.requireOwn(Permission.VIEW_OWN_POWERS_OF_ATTORNEY);
        LocalDate today = LocalDate.now(clock);
        return powers.findByRelativeId(access.user().relativeId()).stream()
                .filter(p -> p.isValidOn(today))
                .map(p -> {
                    Citizen c = citizens.findById(p.getCitizenId()).orElseThrow();
                    return new Represented(c.getId(), c.fullName(), p.getScope(), p.getValidTo());
                })
                .toList();
    }

    /** The logged-in relative's own name and contact details. */
    @Transactional(readOnly = true)
    public RelativeContact ownContact() {
        PortalUser user = accessGuard.requireOwn(Permission.VIEW_OWN_POWERS_OF_ATTORNEY).user();
        Relative relative = relatives.findById(user.relativeId())
                .orElseThrow(() -> accessGuard.deny(user, Permission.VIEW_OWN_POWERS_OF_ATTORNEY, "relative " + user.relativeId()));
        return new RelativeContact(relative.getId(), relative.fullName(), relative.getEmail(), relative.getPhone());
    }

    /**
     * Staff: the powers a relative (found by CPR number) holds or is asked to accept from citizens of their own
     * municipality; another municipality's citizens are never shown. Each citizen shown is recorded as looked at.
     */
    @Transactional(readOnly = true)
    public List<HeldPowerRow> powersHeldByRelative(String relativeCpr) {
        Access access = accessGuard.requireOwn(Permission.FIND_CITIZENS);
        if (!CprHasher.isWellFormed(relativeCpr)) {
            throw new BusinessException("poa.error.cpr");
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        List<HeldPowerRow> rows = relatives.findByCprHash(cprHasher.hash(relativeCpr)).map(r -> powers.findByRelativeId(r.getId()))
                .orElse(List.of()).stream()
                .map(p -> citizens.findById(p.getCitizenId()).filter(c -> Objects.equals(c.getMunicipalityId(), access.user().municipalityId()))
                        .map(c -> new HeldPowerRow(p.getId(), c.fullName(), c.getCprMasked(), p.getScope(), p.getValidFrom(), p.getValidTo(),
                                p.state(today))))
                .flatMap(Optional::stream)
                .toList();
        access.recordLooks(rows.stream().map(r -> powers.findById(r.id()).orElseThrow().getCitizenId()).toList());
        return rows;
    }

    /** Staff: finds a citizen of their own municipality by CPR number. */
    @Transactional(readOnly = true)
    public Optional<CitizenSummary> findByCpr(String cpr) {
        Access access = accessGuard.requireOwn(Permission.FIND_CITIZENS);
        if (!CprHasher.isWellFormed(cpr)) {
            throw new BusinessException("poa.error.cpr");
        }
        Optional<Citizen> found = citizens.findByCprHash(cprHasher.hash(cpr))
                .filter(c -> Objects.equals(c.getMunicipalityId(), access.user().municipalityId()));
        found.ifPresent(c -> access.recordLooks(List.of(c.getId())));
        return found.map(c -> new CitizenSummary(c.getId(), c.fullName(), c.getCprMasked(), c.getAddress() + ", " + c.getPostcode() + " " + c.getCity()));
    }

    /** Staff: the powers of attorney a citizen of their municipality has given. */
    @Transactional(readOnly = true)
    public List<PowerRow> powersOfAttorney(long citizenId) {
        accessGuard.require(Permission.MANAGE_POWERS_OF_ATTORNEY, Target.citizen(citizenId));
        LocalDate today = LocalDate.now(clock);
        return powers.findByCitizenId(citizenId).stream()
                .map(p -> new PowerRow(p.getId(), p.getRelativeName(), p.getScope(), p.getValidFrom(), p.getValidTo(), p.isValidOn(today),
                        p.state(today), p.getGivenBy()))
                .toList();
    }

    /**
     * Staff register a power of attorney the citizen has given a relative (view or act). The form is the same whether
     * or not the relative is known: the name is always required and kept on the power as written. A relative known
     * before keeps their own name and contact details (another municipality's staff cannot rewrite them, and the answer
     * does not tell whether the CPR number was known); a new one is registered with what was typed, owned by this
     * municipality. Two powers for the same relative and citizen may not overlap.
     */
    @Transactional
    public long registerPowerOfAttorney(long citizenId, PowerOfAttorneyForm form) {
        Access access = accessGuard.require(Permission.MANAGE_POWERS_OF_ATTORNEY, Target.citizen(citizenId));
        PortalUser user = access.user();
        // The citizen's row is locked before the powers are read, so that a second registration for the same citizen
        // waits for this one and then sees what it wrote (no overlapping powers, no second relative record).
        Citizen citizen = citizens.lockById(citizenId)
                .orElseThrow(() -> accessGuard.deny(user, Permission.MANAGE_POWERS_OF_ATTORNEY, "citizen " + citizenId));
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
        String email = blankToNull(form.email());
        String phone = blankToNull(form.phone());
        checkContact(email, phone);
        String reason = blankToNull(form.reason());
        if (reason == null) {
            throw new BusinessException("poa.error.reason");
        }
        if (reason.length() > REASON_LENGTH) {
            throw new BusinessException("poa.error.reason-length", REASON_LENGTH);
        }
        if (form.scope() == null || form.validFrom() == null) {
            throw new BusinessException("poa.error.required");
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        if (form.validFrom().isBefore(today.minusYears(1)) || form.validFrom().isAfter(today.plusYears(1))) {
            throw new BusinessException("poa.error.from-range");
        }
        if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            throw new BusinessException("poa.error.period");
        }
        if (form.validTo() != null && form.validTo().isAfter(today.plusYears(MAX_POWER_YEARS))) {
            throw new BusinessException("poa.error.to-range", MAX_POWER_YEARS);
        }
        String hash = cprHasher.hash(form.relativeCpr());
        if (citizen.getCprHash().equals(hash)) {
            throw new BusinessException("poa.error.self");
        }
        // Locking reads: the guard's reads fixed this transaction's snapshot before the citizen's lock was granted, so
        // plain reads would not see what a registration that held the lock just committed.
        Relative relative = relatives.lockByCprHash(hash).orElseGet(() -> {
            Relative created = new Relative(hash, user.municipalityId());
            created.update(firstName, lastName, email, phone);
            try {
                return relatives.saveAndFlush(created);
            } catch (DataIntegrityViolationException registeredAtTheSameMoment) {
                throw new BusinessException("poa.error.try-again");
            }
        });
        relative.claimOwnership(user.municipalityId());
        if (relative.getCprSealed() == null) {
            relative.sealCpr(cprVault.seal(form.relativeCpr()));
        }
        if (powers.lockByCitizenId(citizenId).stream()
                .anyMatch(p -> p.getRelativeId().equals(relative.getId()) && p.overlaps(form.validFrom(), form.validTo()))) {
            throw new BusinessException("poa.error.duplicate");
        }
        PowerOfAttorney power = powers.save(new PowerOfAttorney(relative.getId(), citizenId, firstName + " " + lastName, form.scope(),
                form.validFrom(), form.validTo(), user.id(), clock.instant()));
        power.recordReason(reason);
        access.record(AuditEvent.POWER_OF_ATTORNEY_REGISTERED, firstName + " " + lastName, form.scope(), form.validFrom(),
                form.validTo() == null ? "" : form.validTo(), reason);
        powerNotices.tell(power, citizen, "poa-registered");
        return power.getId();
    }

    /**
     * Changes a relative's e-mail and phone: only the relative themself, or staff of the municipality that owns the
     * relative's record. Every change is recorded (who, in what role, which fields, when) and logged.
     */
    @Transactional
    public void changeRelativeContact(long relativeId, String email, String phone) {
        PortalUser current = CurrentUser.require();
        Relative relative = relatives.findById(relativeId)
                .orElseThrow(() -> accessGuard.deny(Permission.CHANGE_RELATIVE_CONTACT_DETAILS, "relative " + relativeId));
        // The relative herself through her own account; otherwise only staff of the municipality that owns the record.
        Access access;
        if (current.role() == Role.RELATIVE) {
            access = accessGuard.require(Permission.CHANGE_OWN_CONTACT_DETAILS, Target.ownAccount());
            if (!Objects.equals(current.relativeId(), relativeId)) {
                throw accessGuard.deny(current, Permission.CHANGE_OWN_CONTACT_DETAILS, "contact details of relative " + relativeId);
            }
        } else if (relative.getOwnerMunicipalityId() != null) {
            access = accessGuard.require(Permission.CHANGE_RELATIVE_CONTACT_DETAILS, Target.municipality(relative.getOwnerMunicipalityId()));
        } else {
            throw accessGuard.deny(current, Permission.CHANGE_RELATIVE_CONTACT_DETAILS, "contact details of relative " + relativeId);
        }
        PortalUser user = access.user();
        String newEmail = blankToNull(email);
        String newPhone = blankToNull(phone);
        checkContact(newEmail, newPhone);
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(newEmail, relative.getEmail())) {
            changed.add("email");
        }
        if (!Objects.equals(newPhone, relative.getPhone())) {
            changed.add("phone");
        }
        if (changed.isEmpty()) {
            return;
        }
        relative.changeContact(newEmail, newPhone);
        contactChanges.save(new RelativeContactChange(relativeId, user.id(), user.role().name(), user.municipalityId(),
                String.join(",", changed), clock.instant()));
        access.record(AuditEvent.RELATIVE_CONTACT_CHANGED, relative.fullName(), String.join(", ", changed));
        log.info("Contact details ({}) of relative {} changed by user {} ({})", String.join(", ", changed), relativeId, user.id(),
                user.role());
    }

    private static void checkContact(String email, String phone) {
        if (email != null && !EmailAddress.isValid(email)) {
            throw new BusinessException("poa.error.email", EmailAddress.MAX_LENGTH);
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new BusinessException("poa.error.phone");
        }
    }

    /** Staff: ends a power of attorney now. */
    @Transactional
    public void revokePowerOfAttorney(long powerId) {
        PowerOfAttorney power = powers.findById(powerId).orElseThrow(() -> new BusinessException("poa.error.not-found"));
        Access access = accessGuard.require(Permission.MANAGE_POWERS_OF_ATTORNEY, Target.citizen(power.getCitizenId()));
        if (!power.isOpen(LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME)))) {
            throw new BusinessException("poa.error.not-open");
        }
        power.revoke(clock.instant());
        powerNotices.tell(power, citizens.findById(power.getCitizenId()).orElseThrow(), "poa-revoked");
        access.record(AuditEvent.POWER_OF_ATTORNEY_REVOKED, relatives.findById(power.getRelativeId()).map(Relative::fullName).orElse(""),
                power.getScope());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Name of a relative, for showing who made a choice. */
    @Transactional(readOnly = true)
    public String relativeName(long relativeId) {
        return relatives.findById(relativeId).map(Relative::fullName).orElse("");
    }

    /**
     * Checks that the current user may use the permission for this citizen (the guard decides role and
     * relation) and returns the citizen. Denials are logged by the guard and surface as AccessDeniedException.
     */
    Citizen requireAccess(Permission permission, long citizenId) {
        accessGuard.require(permission, Target.citizen(citizenId));
        return citizens.findById(citizenId).orElseThrow(() -> accessGuard.deny(permission, "citizen " + citizenId));
    }

    /** The guard's grant for this citizen, for a service that records what it then does. */
    Access requireFor(Permission permission, long citizenId) {
        return accessGuard.require(permission, Target.citizen(citizenId));
    }
}
