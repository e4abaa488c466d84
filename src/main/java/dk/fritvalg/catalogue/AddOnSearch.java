package dk.fritvalg.catalogue;

import java.time.DayOfWeek;

/**
 * What a citizen searches the catalogue for. Only the municipality is required; every other field
 * left {@code null} does not filter.
 *
 * @param postcode    the citizen's postcode: add-ons limited to other postcodes are left out
 * @param maxPriceOre the highest price in øre including VAT
 * @param weekday     a day the add-on can be delivered on
 */
public record AddOnSearch(long municipalityId, AddOnCategory category, Long providerId, Long maxPriceOre,
                          DayOfWeek weekday, String postcode) {

    public static AddOnSearch inMunicipality(long municipalityId) {
        return new AddOnSearch(municipalityId, null, null, null, null, null);
    }
}
