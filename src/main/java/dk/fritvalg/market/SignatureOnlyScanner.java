package dk.fritvalg.market;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scanner used when no real one is configured: it knows only the EICAR test signature, so the refusal path can be
 * tried end to end. It is no protection; the README says to plug in a real scanner.
 */
final class SignatureOnlyScanner implements EvidenceScanner {

    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Override
    public Result scan(String fileName, byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(EICAR) ? Result.INFECTED : Result.CLEAN;
    }

    @Configuration
    static class DefaultScanner {
        @Bean
        @ConditionalOnMissingBean(EvidenceScanner.class)
        EvidenceScanner evidenceScanner() {
            return new SignatureOnlyScanner();
        }
    }
}
