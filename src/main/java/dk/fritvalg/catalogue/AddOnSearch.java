package dk.fritvalg.catalogue;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * What a citizen searches the catalogue for. Only the municipality is required; every other field
 * left {@code null} does not filter.
 *
 * @param postcode    the citizen's postcode: add-ons limited to other postcodes are left out
 * @param maxPriceOre the highest price in øre including VAT
 * @param weekday     a day the add-on can be delivered on
 * @param eligibility who the citizen is ({@link Eligibility#ANY}, and grant holder or nursing-home resident
 *                    when she is one): add-ons for others are left out
 */
public record AddOnSearch(long municipalityId, AddOnCategory category, Long providerId, Long maxPriceOre,
                          DayOfWeek weekday, String postcode, Set<Eligibility> eligibility) {

    public static AddOnSearch inMunicipality(long municipalityId) {
        return new AddOnSearch(municipalityId, null, null, null, null, null, null);
    }
}
