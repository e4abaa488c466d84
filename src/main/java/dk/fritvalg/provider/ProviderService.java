package dk.fritvalg.provider;

import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Providers, their profiles and agreements. Profiles are public; the provider workspace is guarded. */
@Service
public class ProviderService {

    /** An agreement as the catalogue states it. */
    public record AgreementDefinition(long serviceAreaId, AgreementModel model, LocalDate validFrom, LocalDate validTo, Integer capacity) {
    }

    private final ProviderRepository providers;
    private final ProviderAgreementRepository agreements;
    private final AccessGuard accessGuard;
    private final Clock clock;

    ProviderService(ProviderRepository providers, ProviderAgreementRepository agreements, AccessGuard accessGuard, Clock clock) {
        this.providers = providers;
        this.agreements = agreements;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** Creates or updates a provider from the catalogue, with its agreements; idempotent. */
    @Transactional
    public long importProvider(String catalogueKey, long municipalityId, ProviderProfile profile, List<AgreementDefinition> definitions) {
        Provider provider = providers.findByCatalogueKey(catalogueKey).orElseGet(() -> new Provider(catalogueKey, municipalityId));
        if (!provider.getMunicipalityId().equals(municipalityId)) {
            throw new IllegalArgumentException("Provider " + catalogueKey + " belongs to another municipality");
        }
        provider.update(profile, clock.instant());
        long providerId = providers.save(provider).getId();
        for (AgreementDefinition def : definitions) {
            ProviderAgreement agreement = agreements
                    .findByProviderIdAndServiceAreaIdAndValidFrom(providerId, def.serviceAreaId(), def.validFrom())
                    .orElseGet(() -> new ProviderAgreement(providerId, def.serviceAreaId(), def.validFrom()));
            agreement.update(def.model(), def.validTo(), def.capacity());
            agreements.save(agreement);
        }
        return providerId;
    }

    @Transactional(readOnly = true)
    public Optional<Provider> byCatalogueKey(String catalogueKey) {
        return providers.findByCatalogueKey(catalogueKey);
    }

    /** Public: a provider's profile. */
    @Transactional(readOnly = true)
    public Optional<Provider> byId(long providerId) {
        return providers.findById(providerId);
    }

    /** Public: the providers of a municipality, by name. */
    @Transactional(readOnly = true)
    public List<Provider> inMunicipality(long municipalityId) {
        return providers.findByMunicipalityIdOrderByName(municipalityId);
    }

    /** Public: a provider's agreements. */
    @Transactional(readOnly = true)
    public List<ProviderAgreement> agreements(long providerId) {
        return agreements.findByProviderId(providerId);
    }

    /**
     * Public: the providers a citizen may choose in a service area on a date: holding a valid approval
     * or tender contract for it, and not suspended.
     */
    @Transactional(readOnly = true)
    public List<Provider> selectable(long municipalityId, long serviceAreaId, LocalDate date) {
        return providers.findByMunicipalityIdOrderByName(municipalityId).stream()
                .filter(p -> !p.isSuspended())
                .filter(p -> agreements.findByProviderId(p.getId()).stream()
                        .anyMatch(a -> a.getServiceAreaId() == serviceAreaId && a.isValidOn(date)))
                .toList();
    }

    /** The provider administrator's own provider; refused for anyone else. */
    @Transactional(readOnly = true)
    public Provider workspace(long providerId) {
        accessGuard.require(Permission.VIEW_PROVIDER_WORKSPACE, Target.provider(providerId));
        return providers.findById(providerId).orElseThrow();
    }
}
