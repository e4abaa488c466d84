package dk.fritvalg.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * CPR numbers are never stored: only a keyed hash (HMAC-SHA256) to find a person again, e.g. at
 * MitID login. Without the key the hash cannot be turned back into the 10^10 possible numbers.
 */
@Component
public class CprHasher {

    private final SecretKeySpec key;

    public CprHasher(@Value("${fritvalg.cpr.hash-key}") String key) {
        if (key == null || key.length() < 32) {
            throw new IllegalStateException("fritvalg.cpr.hash-key must be at least 32 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The hash of a CPR number given as ten digits, with or without the dash. */
    public String hash(String cpr) {
        String digits = normalise(cpr);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Ten digits, or an IllegalArgumentException. */
    public static String normalise(String cpr) {
        String digits = cpr == null ? "" : cpr.replace("-", "").trim();
        if (!digits.matches("\\d{10}")) {
            throw new IllegalArgumentException("A CPR number has ten digits");
        }
        return digits;
    }

    /** Whether the text is ten digits, with or without the dash. */
    public static boolean isWellFormed(String cpr) {
        return cpr != null && cpr.replace("-", "").trim().matches("\\d{10}");
    }

    /** What the UI may show: the birth date part, never the last four digits. */
    public static String mask(String cpr) {
        String digits = normalise(cpr);
        return digits.substring(0, 6) + "-****";
    }
}
