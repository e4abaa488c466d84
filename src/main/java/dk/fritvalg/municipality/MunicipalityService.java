package dk.fritvalg.municipality;

import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.PortalUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Municipalities and their service areas. Reading is public information; writing is done by the
 * catalogue import (a system task) and, in later work, by municipal administrators.
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
