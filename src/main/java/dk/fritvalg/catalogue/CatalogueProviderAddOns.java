package dk.fritvalg.catalogue;

import dk.fritvalg.provider.ProviderAddOns;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gives the provider pages the add-ons and prices from the catalogue. */
@Component
class CatalogueProviderAddOns implements ProviderAddOns {

    private final CatalogueService catalogue;

    CatalogueProviderAddOns(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<PricedAddOn> offeredBy(Collection<Long> providerIds) {
        return catalogue.addOnsOfProviders(providerIds).stream()
                .map(a -> new PricedAddOn(a.getProviderId(), a.getName(), a.getPriceOre(), a.getUnit().name(), a.isCostBased()))
                .toList();
    }
}
