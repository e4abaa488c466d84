package dk.fritvalg.settlement;

import dk.fritvalg.provider.SettlementUnit;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A line of a provider's settlement: quantity × price = amount (øre), with the reason in plain Danish.
 *
 * @param correctsMonth the locked month a correction line corrects; null for the month's own lines
 */
public record SettlementLine(long providerId, String providerName, long serviceAreaId, String serviceAreaName, LineKind kind,
                             BigDecimal quantity, SettlementUnit unit, long priceOre, long amountOre, String reason,
                             YearMonth correctsMonth) {

    public boolean isCorrection() {
        return correctsMonth != null;
    }

    /** The unit in Danish, singular, as on the statement. */
    public String unitDanish() {
        return Danish.unit(unit);
    }
}
