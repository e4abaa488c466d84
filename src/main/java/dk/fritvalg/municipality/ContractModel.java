package dk.fritvalg.municipality;

/** Approval model (every provider meeting the requirements is approved) or tender model (a tender picks a limited number of providers for a contract period). */
public enum ContractModel {
    APPROVAL, TENDER
}
