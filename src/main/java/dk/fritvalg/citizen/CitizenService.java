package dk.fritvalg.citizen;

import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import java.time.Clock;
import java.time.LocalDate;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.CprHasher;
import java.util.List;
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

    /** A power of attorney as staff see it. */
    public record PowerRow(long id, String relativeName, String relativeEmail, PowerOfAttorneyScope scope, LocalDate validFrom,
                           LocalDate validTo, boolean valid) {
    }

    /** What staff enter to register a power of attorney. */
    public record PowerOfAttorneyForm(String relativeCpr, String firstName, String lastName, String email, String phone,
                                      PowerOfAttorneyScope scope, LocalDate validFrom, LocalDate validTo) {
    }

    private final CitizenRepository citizens;
    private final RelativeRepository relatives;
    private final PowerOfAttorneyRepository powers;
    private final GrantRepository grants;
    private final ProviderChoiceRepository choices;
    private final AccessGuard accessGuard;
    private final Clock clock;

    private final CprHasher cprHasher;

    CitizenService(CitizenRepository citizens, RelativeRepository relatives, PowerOfAttorneyRepository powers,
                   GrantRepository grants, ProviderChoiceRepository choices, AccessGuard accessGuard, CprHasher cprHasher,
                   Clock clock) {
        this.cprHasher = cprHasher;
        this.citizens = citizens;
        this.relatives = relatives;
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
        return powers.findByCitizenId(citizenId).stream().map(p -> {
            Relative relative = relatives.findById(p.getRelativeId()).orElseThrow();
            return new PowerRow(p.getId(), relative.fullName(), relative.getEmail(), p.getScope(), p.getValidFrom(), p.getValidTo(),
                    p.isValidOn(today));
        }).toList();
    }

    /**
     * Staff register a power of attorney the citizen has given a relative (view or act). The relative is
     * found by CPR number, or registered with the name given.
     */
    @Transactional
    public long registerPowerOfAttorney(long citizenId, PowerOfAttorneyForm form) {
        Access access = accessGuard.require(Permission.MANAGE_POWERS_OF_ATTORNEY, Target.citizen(citizenId));
        if (!CprHasher.isWellFormed(form.relativeCpr())) {
            throw new BusinessException("poa.error.cpr");
        }
        if (form.scope() == null || form.validFrom() == null) {
            throw new BusinessException("poa.error.required");
        }
        if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            throw new BusinessException("poa.error.period");
        }
        String hash = cprHasher.hash(form.relativeCpr());
        if (citizens.findById(citizenId).map(c -> c.getCprHash().equals(hash)).orElse(false)) {
            throw new BusinessException("poa.error.self");
        }
        Relative relative = relatives.findByCprHash(hash).orElseGet(() -> {
            if (form.firstName() == null || form.firstName().isBlank() || form.lastName() == null || form.lastName().isBlank()) {
                throw new BusinessException("poa.error.name");
            }
            return new Relative(hash);
        });
        if (form.firstName() != null && !form.firstName().isBlank()) {
            relative.update(form.firstName().strip(), form.lastName().strip(), blankToNull(form.email()), blankToNull(form.phone()));
        }
        long relativeId = relatives.save(relative).getId();
        PowerOfAttorney power = powers.save(new PowerOfAttorney(relativeId, citizenId, form.scope(), form.validFrom(), form.validTo(),
                access.user().id(), clock.instant()));
        access.record(AuditEvent.POWER_OF_ATTORNEY_REGISTERED, relative.fullName(), form.scope(), form.validFrom(),
                form.validTo() == null ? "" : form.validTo());
        return power.getId();
    }

    /** Staff: ends a power of attorney now. */
    @Transactional
    public void revokePowerOfAttorney(long powerId) {
        PowerOfAttorney power = powers.findById(powerId).orElseThrow(() -> new BusinessException("poa.error.not-found"));
        Access access = accessGuard.require(Permission.MANAGE_POWERS_OF_ATTORNEY, Target.citizen(power.getCitizenId()));
        power.revoke(clock.instant());
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
