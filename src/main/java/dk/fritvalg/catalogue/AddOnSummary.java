package dk.fritvalg.catalogue;

/** One line of a catalogue search: enough to show and compare, the product page has the rest. */
public record AddOnSummary(long id, long providerId, String name, AddOnCategory category, AddOnUnit unit,
                           long priceOre, int vatRatePercent, boolean costBased, Integer durationMinutes) {
}
