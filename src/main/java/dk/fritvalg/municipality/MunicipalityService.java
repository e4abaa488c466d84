package dk.fritvalg.municipality;

import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Municipalities and their service areas. Reading is public information. The catalogue seeds a municipality once
 * (a system task); after that its settings are changed here by its municipal administrator, checked and audited.
 */
@Service
public class MunicipalityService {

    /** One line of the official list of municipalities. */
    public record Reference(String code, String name, String regionCode, String regionName) {
    }

    /** A service area as the municipality defines it. */
    public record ServiceAreaDefinition(ServiceAreaKind kind, String name, LegalBasis legalBasis, String description) {
    }

    private final MunicipalityRepository municipalities;
    private final ServiceAreaRepository serviceAreas;
    private final AccessGuard accessGuard;
    private final Clock clock;

    MunicipalityService(MunicipalityRepository municipalities, ServiceAreaRepository serviceAreas, AccessGuard accessGuard, Clock clock) {
        this.municipalities = municipalities;
        this.serviceAreas = serviceAreas;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** The logged-in staff member's own municipality, after checking the permission for it. */
    @Transactional(readOnly = true)
    public Municipality ownMunicipality(Permission permission) {
        PortalUser user = accessGuard.requireOwn(permission).user();
        return municipalities.findById(user.municipalityId()).orElseThrow();
    }

    /**
     * The municipal administrator changes her own municipality's settings. Every rule is checked here (the form only
     * shows the messages); {@code expectedVersion} is the version the form was filled from, so an edit made by someone
     * else meanwhile is refused rather than overwritten. Each changed setting is one entry in the audit trail.
     */
    @Transactional
    public Municipality changeSettings(long expectedVersion, MunicipalitySettings requested) {
        Access access = accessGuard.requireOwn(Permission.MANAGE_MUNICIPALITY_SETTINGS);
        long municipalityId = ((Target.Municipality) access.target()).municipalityId();
        MunicipalitySettings settings = SettingsRules.checked(requested);
        Municipality municipality = municipalities.findById(municipalityId).orElseThrow();
        if (municipality.getVersion() != expectedVersion) {
            throw new BusinessException("settings.error.changed-meanwhile");
        }
        Map<String, Object[]> changes = changes(municipality.settings(), settings);
        if (changes.isEmpty()) {
            return municipality;
        }
        municipality.changeSettings(settings, clock.instant());
        try {
            municipalities.saveAndFlush(municipality);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("settings.error.changed-meanwhile");
        }
        changes.forEach((field, values) -> access.record(AuditEvent.SETTINGS_CHANGED, field, values[0], values[1]));
        return municipality;
    }

    /** What differs, by setting code (an {@code audit.value.*} text), as old and new value for the audit trail. */
    private static Map<String, Object[]> changes(MunicipalitySettings old, MunicipalitySettings now) {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        change(changes, "CONTRACT_MODEL", old.contractModel(), now.contractModel());
        change(changes, "REHABILITATION_MODEL", old.rehabilitationModel(), now.rehabilitationModel());
        change(changes, "REHABILITATION_CONTINUITY", old.rehabilitationContinuity() ? "YES" : "NO", now.rehabilitationContinuity() ? "YES" : "NO");
        change(changes, "SWITCH_RULE", old.switchRule(), now.switchRule());
        change(changes, "SWITCH_NOTICE_DAYS", old.switchNoticeDays(), now.switchNoticeDays());
        change(changes, "SWITCH_CUTOFF_DAY", old.switchCutoffDay(), now.switchCutoffDay());
        change(changes, "SWITCH_APPROVAL", old.switchApproval(), now.switchApproval());
        change(changes, "MINIMUM_GROUP_SIZE", old.minimumGroupSize(), now.minimumGroupSize());
        change(changes, "CONTACT_PHONE", old.contactPhone(), now.contactPhone());
        change(changes, "CONTACT_EMAIL", old.contactEmail(), now.contactEmail());
        change(changes, "WEBSITE", old.website(), now.website());
        return changes;
    }

    private static void change(Map<String, Object[]> changes, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            changes.put(field, new Object[] {old == null ? "–" : old, now == null ? "–" : now});
        }
    }

    /** Creates or updates the municipalities of the official list; idempotent. */
    @Transactional
    public void importReference(List<Reference> references) {
        for (Reference ref : references) {
            municipalities.findByCode(ref.code()).ifPresentOrElse(
                    m -> m.updateReference(ref.name(), ref.regionCode(), ref.regionName(), clock.instant()),
                    () -> municipalities.save(new Municipality(ref.code(), ref.name(), ref.regionCode(), ref.regionName(), clock.instant())));
        }
    }

    /** Puts a municipality on the portal with its settings and service areas; idempotent. */
    @Transactional
    public long configure(String code, MunicipalitySettings settings, List<ServiceAreaDefinition> areas) {
        Municipality municipality = municipalities.findByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown municipality code " + code));
        municipality.configure(settings, clock.instant());
        for (ServiceAreaDefinition def : areas) {
            ServiceArea area = serviceAreas.findByMunicipalityIdAndKind(municipality.getId(), def.kind())
                    .orElseGet(() -> new ServiceArea(municipality.getId(), def.kind()));
            area.update(def.name(), def.legalBasis(), def.description());
            serviceAreas.save(area);
        }
        return municipality.getId();
    }

    @Transactional(readOnly = true)
    public List<Municipality> all() {
        return municipalities.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Optional<Municipality> byCode(String code) {
        return municipalities.findByCode(code);
    }

    @Transactional(readOnly = true)
    public Optional<Municipality> byId(long id) {
        return municipalities.findById(id);
    }

    @Transactional(readOnly = true)
    public List<ServiceArea> serviceAreas(long municipalityId) {
        return serviceAreas.findByMunicipalityIdOrderByKind(municipalityId).stream()
                .sorted(java.util.Comparator.comparing(ServiceArea::getKind))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ServiceArea> serviceArea(long municipalityId, ServiceAreaKind kind) {
        return serviceAreas.findByMunicipalityIdAndKind(municipalityId, kind);
    }

    @Transactional(readOnly = true)
    public Optional<ServiceArea> serviceArea(long serviceAreaId) {
        return serviceAreas.findById(serviceAreaId);
    }
}
