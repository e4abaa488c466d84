/**
 * The provider market a municipality runs: settlement prices, applications for approval with their requirements
 * and decisions, suspensions, tenders with bids and awards, the health of the market under Ældreloven § 18,
 * provider failures and the cost calculation of the municipal provider's add-on prices.
 *
 * <p>API for other modules: {@link dk.fritvalg.market.SettlementPrices} (the price per municipality, service area
 * and unit for a date, or a tender agreement's awarded price). Everything else is used through the market's own
 * pages.
 */
package dk.fritvalg.market;
