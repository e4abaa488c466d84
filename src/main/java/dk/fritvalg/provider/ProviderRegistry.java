package dk.fritvalg.provider;

import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.Cvr;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System-side changes to organisations, providers and agreements, for the market's services once they have
 * checked the user's permission themselves (an approval, an award, a suspension), for imports and for demo data;
 * never used by a view (a test keeps it that way).
 */
@Service
public class ProviderRegistry {

    private final ProviderOrganisationRepository organisations;
    private final ProviderRepository providers;
    private final ProviderAgreementRepository agreements;
    private final Clock clock;

    ProviderRegistry(ProviderOrganisationRepository organisations, ProviderRepository providers, ProviderAgreementRepository agreements,
                     Clock clock) {
        this.organisations = organisations;
        this.providers = providers;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** A new organisation; refused for an invalid CVR number or one already registered. */
    @Transactional
    public long registerOrganisation(OrganisationDetails details) {
        if (!Cvr.isValid(details.cvr())) {
            throw new BusinessException("organisation.error.cvr");
        }
        if (organisations.findByCvr(details.cvr()).isPresent()) {
            throw new BusinessException("organisation.error.cvr-taken");
        }
        ProviderOrganisation organisation = new ProviderOrganisation(details.cvr(), clock.instant());
        organisation.update(details, clock.instant());
        return organisations.saveAndFlush(organisation).getId();
    }

    /**
     * The organisation's provider in a municipality, created when it starts working there (approved or awarded),
     * with its own postcodes; an existing one gets the postcodes added. Idempotent.
     */
    @Transactional
    public long presenceIn(long organisationId, long municipalityId, ProviderType type, Set<String> postcodes) {
        ProviderOrganisation organisation = organisations.findById(organisationId).orElseThrow();
        Provider provider = providers.findByOrganisationIdAndMunicipalityId(organisationId, municipalityId).orElseGet(() -> {
            Provider created = new Provider("org-" + organisationId + "-m" + municipalityId, municipalityId, organisationId);
            OrganisationDetails d = organisation.details();
            created.update(new ProviderProfile(type, d.cvr(), d.name(), null, null, d.address(), d.postcode(), d.city(), d.phone(),
                    d.email(), d.website(), java.util.List.of("da"), Set.of(), true, 14, null, Set.of()), clock.instant());
            return created;
        });
        provider.servePostcodes(postcodes, clock.instant());
        return providers.save(provider).getId();
    }

    /**
     * An agreement for a service area from a date (an approval, or a tender contract with its awarded price per unit).
     * The same provider, area and start again updates it. Returns its id.
     */
    @Transactional
    public long agree(long providerId, long serviceAreaId, AgreementModel model, LocalDate from, LocalDate to, Integer capacity,
                      Long priceOre, SettlementUnit priceUnit) {
        if ((priceOre == null) != (priceUnit == null)) {
            throw new IllegalArgumentException("An awarded price needs both an amount and a unit");
        }
        ProviderAgreement agreement = agreements.findByProviderIdAndServiceAreaIdAndValidFrom(providerId, serviceAreaId, from)
                .orElseGet(() -> new ProviderAgreement(providerId, serviceAreaId, from));
        agreement.update(model, to, capacity);
        if (priceOre != null) {
            agreement.awardedPrice(priceOre, priceUnit);
        }
        return agreements.saveAndFlush(agreement).getId();
    }

    /**
     * Suspends a provider or lifts the suspension: a suspended provider is not selectable and not shown as accepting.
     * Returns whether anything changed.
     */
    @Transactional
    public boolean setSuspended(long providerId, boolean suspended) {
        Provider provider = providers.findById(providerId).orElseThrow();
        if (provider.isSuspended() == suspended) {
            return false;
        }
        provider.markSuspended(suspended, clock.instant());
        providers.saveAndFlush(provider);
        return true;
    }
}
