package dk.fritvalg.provider;

import dk.fritvalg.security.ProviderRelations;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the access guard which organisation a provider belongs to, so an organisation's staff reach all its municipalities. */
@Component
class ProviderRelationsAdapter implements ProviderRelations {

    private final ProviderRepository providers;

    ProviderRelationsAdapter(ProviderRepository providers) {
        this.providers = providers;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> organisationOf(long providerId) {
        return providers.findById(providerId).map(Provider::getOrganisationId);
    }
}
