package dk.fritvalg.provider;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the public provider page and the side-by-side comparison show about one provider.
 *
 * @param agreements   agreements valid today or later, by service area
 * @param satisfaction the latest figure per dimension; a dimension without figures is absent
 * @param continuity   the latest month, or null
 */
public record ProviderDetails(
        long id,
        ProviderProfile profile,
        boolean suspended,
        Instant updatedAt,
        List<ProviderAgreement> agreements,
        Map<QualityDimension, Satisfaction> satisfaction,
        Continuity continuity,
        List<ProviderAddOns.PricedAddOn> addOns) {
}
