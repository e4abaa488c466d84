package dk.fritvalg.provider;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public: provider organisations and their presences in municipalities. An organisation (one CVR number) has one
 * workspace and several users; in each municipality where it works it has one {@link Provider} (the row citizens
 * choose, with its postcodes, agreements and capacity there). Who the organisation is, is public information.
 */
@Service
public class ProviderOrganisations {

    private final ProviderOrganisationRepository organisations;
    private final ProviderRepository providers;

    ProviderOrganisations(ProviderOrganisationRepository organisations, ProviderRepository providers) {
        this.organisations = organisations;
        this.providers = providers;
    }

    @Transactional(readOnly = true)
    public Optional<ProviderOrganisation> byId(long organisationId) {
        return organisations.findById(organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<ProviderOrganisation> byCvr(String cvr) {
        return organisations.findByCvr(cvr);
    }

    /** The organisation a provider (one municipality's row) belongs to. */
    @Transactional(readOnly = true)
    public Optional<Long> organisationOf(long providerId) {
        return providers.findById(providerId).map(Provider::getOrganisationId);
    }

    /** The organisation's providers, one per municipality it works in. */
    @Transactional(readOnly = true)
    public List<Provider> presences(long organisationId) {
        return providers.findByOrganisationIdOrderByMunicipalityId(organisationId);
    }

    /** The organisation's provider in a municipality, if it works there. */
    @Transactional(readOnly = true)
    public Optional<Provider> presenceIn(long organisationId, long municipalityId) {
        return providers.findByOrganisationIdAndMunicipalityId(organisationId, municipalityId);
    }
}
