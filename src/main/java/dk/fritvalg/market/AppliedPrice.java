package dk.fritvalg.market;

import dk.fritvalg.provider.SettlementUnit;
import java.time.LocalDate;

/**
 * The price the municipality pays one provider per unit over a span of days, and where it comes from.
 *
 * @param from     first day of the span
 * @param to       last day of the span; null when open-ended
 * @param source   the municipality's settlement price, or the price awarded in the provider's tender agreement
 * @param sourceId the {@link SettlementPrice#id()} or the agreement's id
 */
public record AppliedPrice(long priceOre, SettlementUnit unit, LocalDate from, LocalDate to, Source source, long sourceId) {

    /** Where a price comes from. */
    public enum Source { MUNICIPAL_PRICE, AWARDED_PRICE }
}
