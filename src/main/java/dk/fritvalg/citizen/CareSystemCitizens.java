package dk.fritvalg.citizen;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.shared.EmailAddress;
import dk.fritvalg.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's care system (Nexus, Cura, …) keeps citizens and grants up to date and reads provider choices,
 * through the open API. Every method checks the permission and the municipality like a person's call, records looks
 * at citizens and the changes it makes in the audit trail, and finds a citizen only within the caller's municipality:
 * a Kolding care system never sees, nor learns of, a Favrskov citizen. The CPR number is kept only as the keyed hash
 * plus its masked form (see {@link CitizenRegistry}).
 */
@Service
public class CareSystemCitizens {

    /** A citizen registered for the first time, or found already registered. */
    public record Registered(Citizen citizen, boolean created) {
    }

    private final CitizenRepository citizens;
    private final GrantRepository grants;
    private final ProviderChoiceRepository choices;
    private final CitizenRegistry registry;
    private final MunicipalityService municipalities;
    private final CprHasher cprHasher;
    private final AccessGuard accessGuard;
    private final Clock clock;

    CareSystemCitizens(CitizenRepository citizens, GrantRepository grants, ProviderChoiceRepository choices, CitizenRegistry registry,
                       MunicipalityService municipalities, CprHasher cprHasher, AccessGuard accessGuard, Clock clock) {
        this.citizens = citizens;
        this.grants = grants;
        this.choices = choices;
        this.registry = registry;
        this.municipalities = municipalities;
        this.cprHasher = cprHasher;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** The municipality's citizens after an id, at most {@code limit}, in id order. */
    @Transactional(readOnly = true)
    public List<Citizen> list(long municipalityId, long afterId, int limit) {
        Access access = accessGuard.require(Permission.CARE_SYSTEM_READ_CITIZENS, Target.municipality(municipalityId));
        List<Citizen> found = citizens.findByMunicipalityIdAndIdGreaterThanOrderById(municipalityId, afterId, PageRequest.of(0, limit));
        access.recordLooks(found.stream().map(Citizen::getId).toList());
        return found;
    }

    /** One citizen of the municipality; empty for an id of another municipality's citizen, as for one that does not exist. */
    @Transactional(readOnly = true)
    public Optional<Citizen> get(long municipalityId, long citizenId) {
        Access access = accessGuard.require(Permission.CARE_SYSTEM_READ_CITIZENS, Target.municipality(municipalityId));
        Optional<Citizen> found = citizens.findById(citizenId).filter(c -> c.getMunicipalityId() == municipalityId);
        found.ifPresent(c -> access.recordLooks(List.of(c.getId())));
        return found;
    }

    /** The municipality's citizen with this CPR number, if registered there. */
    @Transactional(readOnly = true)
    public Optional<Citizen> findByCpr(long municipalityId, String cpr) {
        Access access = accessGuard.require(Permission.CARE_SYSTEM_READ_CITIZENS, Target.municipality(municipalityId));
        Optional<Citizen> found = citizens.findByCprHash(cprHasher.hash(cpr)).filter(c -> c.getMunicipalityId() == municipalityId);
        found.ifPresent(c -> access.recordLooks(List.of(c.getId())));
        return found;
    }

    /**
     * Registers a citizen of the municipality by CPR number. One already registered in the municipality is returned
     * unchanged ({@code created} false); one registered in another municipality is refused without saying more.
     */
    @Transactional
    public Registered register(long municipalityId, String cpr, CitizenDetails details) {
        Access access = accessGuard.require(Permission.CARE_SYSTEM_WRITE_CITIZENS, Target.municipality(municipalityId));
        EmailAddress.require(details.email());
        Optional<Citizen> existing = citizens.findByCprHash(cprHasher.hash(cpr));
        if (existing.isPresent()) {
            if (existing.get().getMunicipalityId() != municipalityId) {
                throw new BusinessException("api.citizen.elsewhere");
            }
            return new Registered(existing.get(), false);
        }
        long id = registry.registerCitizen(municipalityId, cpr, details);
        access.recordFor(id, AuditEvent.CITIZEN_REGISTERED, CprHasher.mask(cpr));
        return new Registered(citizens.findById(id).orElseThrow(), true);
    }

    /** Changes name, address and contact details, if the caller had the current version. */
    @Transactional
    public Citizen update(long municipalityId, long citizenId, long expectedVersion, CitizenDetails details) {
        Access access = accessGuard.require(Permission.CARE_SYSTEM_WRITE_CITIZENS, Target.municipality(municipalityId));
        EmailAddress.require(details.email());
        Citizen citizen = citizens.lockById(citizenId).filter(c -> c.getMunicipalityId() == municipalityId)
                .orElseThrow(() -> new BusinessException("api.citizen.notFound"));
        if (citizen.getVersion() != expectedVersion) {
            throw new StaleVersionException(citizen.getVersion());
        }
        if (!citizen.details().equals(details)) {
            citizen.update(details, clock.instant());
            access.recordFor(citizenId, AuditEvent.CITIZEN_UPDATED);
        }
        citizens.flush();
        return citizen;
    }

    /** A citizen's grants, oldest first. */
    @Transactional(readOnly = true)
    public List<Grant> grants(long municipalityId, long citizenId) {
        Citizen citizen = get(municipalityId, citizenId).orElseThrow(() -> new BusinessException("api.citizen.notFound"));
        return grants.findByCitizenIdOrderByValidFrom(citizen.getId());
    }

    /** Grants help in one of the municipality's service areas. */
    @Transactional
    public Grant addGrant(long municipalityId, long citizenId, long serviceAreaId, int minutesPerWeek, LocalDate from, LocalDate to) {
        Access access = accessGuard.require(Permission.CARE_SYSTEM_WRITE_CITIZENS, Target.municipality(municipalityId));
        citizens.findById(citizenId).filter(c -> c.getMunicipalityId() == municipalityId)
                .orElseThrow(() -> new BusinessException("api.citizen.notFound"));
        String area = areaName(municipalityId, serviceAreaId);
        checkGrant(minutesPerWeek, from, to);
        Grant grant = grants.save(new Grant(citizenId, serviceAreaId, minutesPerWeek, from, to));
        access.recordFor(citizenId, AuditEvent.GRANT_ADDED, area, minutesPerWeek, from, to);
        return grant;
    }

    /** Changes a grant's minutes and period, if the caller had the current version. */
    @Transactional
    public Grant changeGrant(long municipalityId, long citizenId, long grantId, long expectedVersion, int minutesPerWeek,
                             LocalDate from, LocalDate to) {
        Access access = accessGuard.require(Permission.CARE_SYSTEM_WRITE_CITIZENS, Target.municipality(municipalityId));
        citizens.findById(citizenId).filter(c -> c.getMunicipalityId() == municipalityId)
                .orElseThrow(() -> new BusinessException("api.citizen.notFound"));
        Grant grant = grants.findById(grantId).filter(g -> g.getCitizenId() == citizenId)
                .orElseThrow(() -> new BusinessException("api.grant.notFound"));
        if (grant.getVersion() != expectedVersion) {
            throw new StaleVersionException(grant.getVersion());
        }
        checkGrant(minutesPerWeek, from, to);
        grant.change(minutesPerWeek, from, to);
        grants.flush();
        access.recordFor(citizenId, AuditEvent.GRANT_CHANGED, areaName(municipalityId, grant.getServiceAreaId()), minutesPerWeek, from, to);
        return grant;
    }

    /** Choices made or changed after (time, id), at most {@code limit}, in that order. */
    @Transactional(readOnly = true)
    public List<ProviderChoice> choicesChangedAfter(long municipalityId, Instant at, long afterId, int limit) {
        Access access = accessGuard.require(Permission.READ_PROVIDER_CHOICES, Target.municipality(municipalityId));
        List<ProviderChoice> found = choices.changedAfter(municipalityId, at, afterId, PageRequest.of(0, limit));
        access.recordLooks(found.stream().map(ProviderChoice::getCitizenId).toList());
        return found;
    }

    private String areaName(long municipalityId, long serviceAreaId) {
        return municipalities.serviceArea(serviceAreaId).filter(a -> a.getMunicipalityId() == municipalityId)
                .orElseThrow(() -> new BusinessException("api.grant.area")).getName();
    }

    private static void checkGrant(int minutesPerWeek, LocalDate from, LocalDate to) {
        if (minutesPerWeek <= 0 || minutesPerWeek > 10_080) {
            throw new BusinessException("api.grant.minutes");
        }
        if (to != null && to.isBefore(from)) {
            throw new BusinessException("api.grant.period");
        }
    }
}
