package dk.fritvalg.survey;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secrets of an invitation. Each invitation has a random salt (128 bits); the personal link's token (256 bits) and the
 * answer code are HMAC-SHA256 of the salt under a key derived from the server's secret, so the database holds only the salt
 * and SHA-256 hashes: a copy of the database alone answers no survey, and a reminder can repeat the same link and code.
 * <p>
 * The code is {@value #CODE_LENGTH} characters from a {@value #ALPHABET_SIZE}-letter alphabet without look-alikes
 * (no 0/O, 1/I/L): 31^10 ≈ 8·10^14 codes. With 100,000 live codes a guess hits one with probability about 1 in 8·10^9,
 * and the public page allows {@link AnswerCodeThrottle#MAX_FAILURES} wrong codes per address per quarter of an hour.
 */
@Component
public class AnswerCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int ALPHABET_SIZE = 31;
    static final int CODE_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    AnswerCodes(@Value("${fritvalg.cpr.hash-key}") String serverSecret) {
        this.key = hmac(serverSecret.getBytes(StandardCharsets.UTF_8), "frit-valg survey answer codes v1");
    }

    /** A new salt for an invitation: 32 hex digits. */
    String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** The personal link's token for the salt (43 URL-safe characters). */
    String token(String salt) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, "link:" + salt));
    }

    /** The answer code for the salt, without separator (10 characters). */
    String code(String salt) {
        BigInteger value = new BigInteger(1, hmac(key, "code:" + salt));
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        BigInteger base = BigInteger.valueOf(ALPHABET_SIZE);
        for (int i = 0; i < CODE_LENGTH; i++) {
            BigInteger[] division = value.divideAndRemainder(base);
            code.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        return code.toString();
    }

    /** As printed: two groups of five, "K7P4Q-2XM9R". */
    static String formatted(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** What the citizen typed, as the code: capitals, without spaces and dashes; null when it cannot be a code. */
    static String normalised(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s\\-–]", "").toUpperCase(Locale.ROOT);
        if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
