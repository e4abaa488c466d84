package dk.fritvalg.market;

/**
 * The hook for checking an evidence file for malware before it is stored. A municipality plugs in its own scanner
 * (ClamAV, the municipal gateway) as a Spring bean implementing this; without one, {@link SignatureOnlyScanner} is used.
 */
public interface EvidenceScanner {

    enum Result { CLEAN, INFECTED }

    Result scan(String fileName, byte[] content);
}
