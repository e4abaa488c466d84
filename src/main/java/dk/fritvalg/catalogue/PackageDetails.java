package dk.fritvalg.catalogue;

import java.util.List;

/** A package with what it contains and what the citizen saves against buying the parts one by one. */
public record PackageDetails(AddOnPackage addOnPackage, List<Item> items) {

    /** One add-on in the package. */
    public record Item(AddOn addOn, int quantity) {
        public long priceOre() {
            return addOn.getPriceOre() * quantity;
        }
    }

    public long separatePriceOre() {
        return items.stream().mapToLong(Item::priceOre).sum();
    }

    public long savingOre() {
        return Math.max(0, separatePriceOre() - addOnPackage.getPriceOre());
    }

    /** Whether one visit can deliver the whole package: its parts share a weekday and a time window. */
    public boolean bookable() {
        List<AddOnOffer> offers = items.stream().map(i -> i.addOn().offer()).toList();
        return !offers.isEmpty() && !AddOnOffer.commonWeekdays(offers).isEmpty() && !AddOnOffer.commonWindows(offers).isEmpty();
    }
}
