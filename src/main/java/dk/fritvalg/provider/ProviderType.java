package dk.fritvalg.provider;

/** The municipality's own home care, or an approved private supplier. */
public enum ProviderType {
    MUNICIPAL, PRIVATE
}
