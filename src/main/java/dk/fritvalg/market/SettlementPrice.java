package dk.fritvalg.market;

import dk.fritvalg.provider.SettlementUnit;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The municipality's price per unit in a service area for a period (validTo null: until a new price starts).
 * Amounts are øre without VAT.
 */
public record SettlementPrice(
        long id,
        long municipalityId,
        long serviceAreaId,
        SettlementUnit unit,
        long priceOre,
        LocalDate validFrom,
        LocalDate validTo,
        String reason,
        Instant createdAt) {

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
