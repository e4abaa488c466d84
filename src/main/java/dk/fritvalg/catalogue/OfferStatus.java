package dk.fritvalg.catalogue;

/** Where an add-on stands in its provider's workspace: on sale, paused for a while, or retired for good. */
public enum OfferStatus {
    ACTIVE, PAUSED, RETIRED
}
