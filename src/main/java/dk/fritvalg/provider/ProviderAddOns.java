package dk.fritvalg.provider;

import java.util.Collection;
import java.util.List;

/**
 * The add-ons providers sell, as the catalogue knows them. The catalogue module implements this: it
 * already depends on providers, so the provider pages read add-ons through this port instead of
 * depending on the catalogue (which would make the two modules a cycle).
 */
public interface ProviderAddOns {

    /** An add-on with its price in øre including VAT, per unit (PER_VISIT, PER_HOUR, PER_ITEM). */
    record PricedAddOn(long providerId, String name, long priceOre, String unit, boolean costBased) {
    }

    /** The active add-ons of these providers, by provider and name. */
    List<PricedAddOn> offeredBy(Collection<Long> providerIds);
}
