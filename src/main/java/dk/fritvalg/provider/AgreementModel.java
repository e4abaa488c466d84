package dk.fritvalg.provider;

/** Whether a provider is approved under the approval model or holds a tender contract. */
public enum AgreementModel {
    APPROVAL, TENDER
}
