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

    /** An agreement as the catalogue states it; a tender agreement may carry its awarded price per unit. */
    public record AgreementDefinition(long serviceAreaId, AgreementModel model, LocalDate validFrom, LocalDate validTo, Integer capacity,
                                      Long priceOre, SettlementUnit priceUnit) {

        public AgreementDefinition(long serviceAreaId, AgreementModel model, LocalDate validFrom, LocalDate validTo, Integer capacity) {
            this(serviceAreaId, model, validFrom, validTo, capacity, null, null);
        }
    }

    private final ProviderRepository providers;
    private final ProviderAgreementRepository agreements;
    private final ProviderOrganisationRepository organisations;
    private final AccessGuard accessGuard;
    private final Clock clock;

    ProviderService(ProviderRepository providers, ProviderAgreementRepository agreements, ProviderOrganisationRepository organisations,
                    AccessGuard accessGuard, Clock clock) {
        this.providers = providers;
        this.agreements = agreements;
        this.organisations = organisations;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /**
     * Creates or updates a provider from the catalogue, with its agreements; idempotent. Entries with the same
     * CVR number in several municipalities belong to one organisation, created with the first of them.
     */
    @Transactional
    public long importProvider(String catalogueKey, long municipalityId, ProviderProfile profile, List<AgreementDefinition> definitions) {
        Provider provider = providers.findByCatalogueKey(catalogueKey).orElseGet(() -> new Provider(catalogueKey, municipalityId,
                organisationFor(profile).getId()));
        if (!provider.getMunicipalityId().equals(municipalityId)) {
            throw new IllegalArgumentException("Provider " + catalogueKey + " belongs to another municipality");
        }
        if (provider.getCvr() != null && !provider.getCvr().equals(profile.cvr())) {
            throw new IllegalArgumentException("Provider " + catalogueKey + " has CVR " + provider.getCvr() + "; a CVR number never changes");
        }
        provider.update(profile, clock.instant());
        long providerId = providers.save(provider).getId();
        for (AgreementDefinition def : definitions) {
            ProviderAgreement agreement = agreements
                    .findByProviderIdAndServiceAreaIdAndValidFrom(providerId, def.serviceAreaId(), def.validFrom())
                    .orElseGet(() -> new ProviderAgreement(providerId, def.serviceAreaId(), def.validFrom()));
            agreement.update(def.model(), def.validTo(), def.capacity());
            if (def.priceOre() != null) {
                agreement.awardedPrice(def.priceOre(), def.priceUnit());
            }
            agreements.save(agreement);
        }
        return providerId;
    }

    private ProviderOrganisation organisationFor(ProviderProfile profile) {
        return organisations.findByCvr(profile.cvr()).orElseGet(() -> {
            ProviderOrganisation organisation = new ProviderOrganisation(profile.cvr(), clock.instant());
            organisation.update(OrganisationDetails.of(profile), clock.instant());
            return organisations.save(organisation);
        });
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
