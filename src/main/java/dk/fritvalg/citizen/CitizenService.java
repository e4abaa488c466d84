package dk.fritvalg.citizen;

import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.PortalUser;
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
        Citizen citizen = requireAccess(Permission.VIEW_CITIZEN_HELP, citizenId, PowerOfAttorneyScope.VIEW);
        boolean mayAct = mayAct(CurrentUser.require(), citizen);
        return new Overview(citizen, grants.findByCitizenIdOrderByValidFrom(citizenId),
                choices.findByCitizenIdOrderByValidFromDesc(citizenId), mayAct);
    }

    /** The citizens the logged-in relative holds a valid power of attorney for. */
    @Transactional(readOnly = true)
    public List<Represented> representedByCurrentRelative() {
        PortalUser user = accessGuard.requireRole(Permission.VIEW_OWN_POWERS_OF_ATTORNEY);
        LocalDate today = LocalDate.now(clock);
        return powers.findByRelativeId(user.relativeId()).stream()
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
        PortalUser user = accessGuard.requireRole(Permission.REGISTER_POWER_OF_ATTORNEY);
        if (!CprHasher.isWellFormed(cpr)) {
            throw new BusinessException("poa.error.cpr");
        }
        return citizens.findByCprHash(cprHasher.hash(cpr))
                .filter(c -> Objects.equals(c.getMunicipalityId(), user.municipalityId()))
                .map(c -> new CitizenSummary(c.getId(), c.fullName(), c.getCprMasked(), c.getAddress() + ", " + c.getPostcode() + " " + c.getCity()));
    }

    /** Staff: the powers of attorney a citizen of their municipality has given. */
    @Transactional(readOnly = true)
    public List<PowerRow> powersOfAttorney(long citizenId) {
        requireStaffOf(Permission.REGISTER_POWER_OF_ATTORNEY, citizenId);
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
        PortalUser user = requireStaffOf(Permission.REGISTER_POWER_OF_ATTORNEY, citizenId);
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
        return powers.save(new PowerOfAttorney(relativeId, citizenId, form.scope(), form.validFrom(), form.validTo(), user.id(),
                clock.instant())).getId();
    }

    /** Staff: ends a power of attorney now. */
    @Transactional
    public void revokePowerOfAttorney(long powerId) {
        PowerOfAttorney power = powers.findById(powerId).orElseThrow(() -> new BusinessException("poa.error.not-found"));
        requireStaffOf(Permission.REGISTER_POWER_OF_ATTORNEY, power.getCitizenId());
        power.revoke(clock.instant());
    }

    private PortalUser requireStaffOf(Permission permission, long citizenId) {
        PortalUser user = accessGuard.requireRole(permission);
        Citizen citizen = citizens.findById(citizenId).orElseThrow(() -> accessGuard.deny(user, permission, "citizen " + citizenId));
        if (!Objects.equals(user.municipalityId(), citizen.getMunicipalityId())) {
            throw accessGuard.deny(user, permission, "citizen " + citizenId);
        }
        return user;
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
     * Checks that the current user may do {@code permission} for this citizen and returns the citizen.
     * Denials are logged by the guard and surface as AccessDeniedException.
     */
    Citizen requireAccess(Permission permission, long citizenId, PowerOfAttorneyScope needed) {
        PortalUser user = accessGuard.requireRole(permission);
        Citizen citizen = citizens.findById(citizenId).orElseThrow(() -> accessGuard.deny(user, permission, "citizen " + citizenId));
        boolean allowed = switch (user.role()) {
            case CITIZEN -> Objects.equals(user.citizenId(), citizenId);
            case RELATIVE -> holdsPower(user.relativeId(), citizenId, needed);
            case MUNICIPAL_STAFF, MUNICIPAL_ADMIN -> Objects.equals(user.municipalityId(), citizen.getMunicipalityId());
            case PROVIDER_ADMIN -> false;
        };
        if (!allowed) {
            throw accessGuard.deny(user, permission, "citizen " + citizenId);
        }
        return citizen;
    }

    private boolean mayAct(PortalUser user, Citizen citizen) {
        return switch (user.role()) {
            case CITIZEN -> Objects.equals(user.citizenId(), citizen.getId());
            case RELATIVE -> holdsPower(user.relativeId(), citizen.getId(), PowerOfAttorneyScope.ACT);
            default -> false;
        };
    }

    private boolean holdsPower(Long relativeId, long citizenId, PowerOfAttorneyScope needed) {
        if (relativeId == null) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        return powers.findByCitizenId(citizenId).stream()
                .anyMatch(p -> p.getRelativeId().equals(relativeId) && p.isValidOn(today) && p.allows(needed));
    }
}
