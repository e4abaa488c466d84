package dk.fritvalg.citizen;

import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.PortalUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

    private final CitizenRepository citizens;
    private final RelativeRepository relatives;
    private final PowerOfAttorneyRepository powers;
    private final GrantRepository grants;
    private final ProviderChoiceRepository choices;
    private final AccessGuard accessGuard;
    private final Clock clock;

    CitizenService(CitizenRepository citizens, RelativeRepository relatives, PowerOfAttorneyRepository powers,
                   GrantRepository grants, ProviderChoiceRepository choices, AccessGuard accessGuard, Clock clock) {
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
