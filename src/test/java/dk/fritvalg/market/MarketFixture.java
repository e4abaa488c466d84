package dk.fritvalg.market;

import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.LegalBasis;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.MunicipalitySettings;
import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.municipality.SwitchApproval;
import dk.fritvalg.municipality.SwitchRule;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * A municipality of its own for each market test: one of the 98 not yet on the portal, put on it with every service
 * area, so prices, applications and tenders of one test never meet another's.
 */
@Component
public class MarketFixture {

    private static final AtomicInteger USER_IDS = new AtomicInteger(950_000);

    private final MunicipalityService municipalities;

    MarketFixture(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    /** A municipality newly on the portal (approval model), with all five service areas; integrated care under ÆL § 18. */
    public synchronized Municipality freshMunicipality() {
        Municipality free = municipalities.all().stream().filter(m -> !m.isOnPortal()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Every municipality is on the portal"));
        municipalities.configure(free.getCode(), new MunicipalitySettings(ContractModel.APPROVAL, RehabilitationModel.PART, true,
                        SwitchRule.NOTICE_DAYS, 14, null, SwitchApproval.AUTOMATIC, 3, "70 10 20 30", "marked@example.dk", null),
                List.of(area(ServiceAreaKind.PERSONAL_CARE, "Personlig pleje", LegalBasis.SEL_83),
                        area(ServiceAreaKind.PRACTICAL_HELP, "Praktisk hjælp", LegalBasis.SEL_83),
                        area(ServiceAreaKind.MEALS, "Madservice", LegalBasis.SEL_83),
                        area(ServiceAreaKind.REHABILITATION, "Rehabiliteringsforløb", LegalBasis.SEL_83A),
                        area(ServiceAreaKind.INTEGRATED_CARE, "Helhedspleje", LegalBasis.AEL_18)));
        return municipalities.byCode(free.getCode()).orElseThrow();
    }

    public long area(Municipality municipality, ServiceAreaKind kind) {
        return municipalities.serviceArea(municipality.getId(), kind).orElseThrow().getId();
    }

    private static MunicipalityService.ServiceAreaDefinition area(ServiceAreaKind kind, String name, LegalBasis basis) {
        return new MunicipalityService.ServiceAreaDefinition(kind, name, basis, null);
    }

    /** A member of staff with the role in the municipality. */
    public static PortalUser staff(Role role, long municipalityId) {
        return new PortalUser(USER_IDS.incrementAndGet(), "staff-" + role, "Test " + role, role, municipalityId, null, null, null, null,
                false);
    }

    /** A provider organisation's administrator, working for the organisation (no municipality of her own). */
    public static PortalUser organisationAdmin(long organisationId) {
        return new PortalUser(USER_IDS.incrementAndGet(), "org-" + organisationId, "Test leverandør", Role.PROVIDER_ADMIN, null, null,
                null, null, null, false, organisationId);
    }
}
