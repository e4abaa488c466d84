package dk.fritvalg.market;

import dk.fritvalg.municipality.LegalBasis;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.TimeConfiguration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health of a municipality's market per service area, and the guard of Ældreloven § 18: in every area under
 * § 18 a citizen must be able to choose between at least two providers, at most one of them municipal. An action that
 * would break this (a suspension; later an award or the end of an agreement) is refused until the user confirms it with
 * a reason, which is recorded.
 */
@Service
public class MarketHealth {

    /** The least number of providers a citizen must be able to choose between under ÆL § 18. */
    public static final int MINIMUM_PROVIDERS = 2;
    /** The most municipal providers among them under ÆL § 18. */
    public static final int MAXIMUM_MUNICIPAL = 1;

    /** How an area stands: fine, too few providers to choose from, too many municipal ones, or not under § 18. */
    public enum State { OK, TOO_FEW, TOO_MANY_MUNICIPAL, NOT_UNDER_AEL_18 }

    /** One service area's market today. */
    public record AreaHealth(long serviceAreaId, String name, LegalBasis legalBasis, int selectable, int municipal, int privateProviders,
                             State state) {
    }

    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final AccessGuard accessGuard;
    private final Clock clock;

    MarketHealth(MunicipalityService municipalities, ProviderService providers, AccessGuard accessGuard, Clock clock) {
        this.municipalities = municipalities;
        this.providers = providers;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** The own municipality's areas with their selectable providers today. */
    @Transactional(readOnly = true)
    public List<AreaHealth> ofOwnMunicipality() {
        long municipalityId = ((Target.Municipality) accessGuard.requireOwn(Permission.VIEW_MARKET).target()).municipalityId();
        LocalDate today = today();
        return municipalities.serviceAreas(municipalityId).stream()
                .map(area -> health(area, providers.selectable(municipalityId, area.getId(), today))).toList();
    }

    static AreaHealth health(ServiceArea area, List<Provider> selectable) {
        int municipal = (int) selectable.stream().filter(p -> p.getType() == ProviderType.MUNICIPAL).count();
        State state;
        if (area.getLegalBasis() != LegalBasis.AEL_18) {
            state = State.NOT_UNDER_AEL_18;
        } else if (municipal > MAXIMUM_MUNICIPAL) {
            state = State.TOO_MANY_MUNICIPAL;
        } else if (selectable.size() < MINIMUM_PROVIDERS) {
            state = State.TOO_FEW;
        } else {
            state = State.OK;
        }
        return new AreaHealth(area.getId(), area.getName(), area.getLegalBasis(), selectable.size(), municipal,
                selectable.size() - municipal, state);
    }

    /**
     * The § 18 areas where taking this provider out of the choice today would leave fewer than two providers, as
     * "area (n left)"; empty when nothing breaks. For the service that is about to do it, after its own check.
     */
    List<String> breachesWithout(Provider provider) {
        LocalDate today = today();
        List<String> breaches = new ArrayList<>();
        for (ServiceArea area : municipalities.serviceAreas(provider.getMunicipalityId())) {
            if (area.getLegalBasis() != LegalBasis.AEL_18) {
                continue;
            }
            List<Provider> selectable = providers.selectable(provider.getMunicipalityId(), area.getId(), today);
            if (selectable.stream().noneMatch(p -> p.getId().equals(provider.getId()))) {
                continue;
            }
            int left = selectable.size() - 1;
            if (left < MINIMUM_PROVIDERS) {
                breaches.add(area.getName() + " (" + left + ")");
            }
        }
        return breaches;
    }

    /**
     * The ÆL § 18 breach in one area on a date, as "area (n)", when the providers {@code leaving} are taken out of the
     * choice and {@code joining} new ones come in; empty when the area is not under § 18 or still has at least two to
     * choose from. For an award (providers join from the contract start) and the end of an agreement (one leaves).
     */
    java.util.Optional<String> breachOn(ServiceArea area, LocalDate date, java.util.Collection<Long> leaving, int joining) {
        if (area.getLegalBasis() != LegalBasis.AEL_18) {
            return java.util.Optional.empty();
        }
        long left = providers.selectable(area.getMunicipalityId(), area.getId(), date).stream()
                .filter(p -> !leaving.contains(p.getId())).count() + joining;
        return left < MINIMUM_PROVIDERS ? java.util.Optional.of(area.getName() + " (" + left + ")") : java.util.Optional.empty();
    }

    /**
     * The guard itself, shared by every action that can break § 18: refused with {@code market.aels18.breach} naming
     * the areas unless the user gave a reason to go ahead, which is then recorded in the audit trail.
     */
    static void confirmBreaches(dk.fritvalg.security.Access access, String subject, List<String> breaches, String overrideReason) {
        if (breaches.isEmpty()) {
            return;
        }
        String override = overrideReason == null ? "" : overrideReason.strip();
        if (override.isEmpty()) {
            throw new dk.fritvalg.shared.BusinessException("market.aels18.breach", String.join(", ", breaches), MINIMUM_PROVIDERS);
        }
        if (override.length() > 1000) {
            throw new dk.fritvalg.shared.BusinessException("market.error.reason-too-long", 1000);
        }
        access.record(dk.fritvalg.security.AuditEvent.AELS18_GUARD_OVERRIDDEN, subject, String.join(", ", breaches), override);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
    }
}
