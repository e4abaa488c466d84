package dk.fritvalg.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The answer code's size and alphabet, how typed codes are read, and the masking of free text for staff. */
class AnswerCodesAndMaskTest {

    private final AnswerCodes codes = new AnswerCodes("a test secret that is long enough for the key");

    @Test
    void codesAreTenCharactersWithoutLookAlikesAndTheSameSaltGivesTheSameCode() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String salt = codes.newSalt();
            String code = codes.code(salt);
            assertThat(code).hasSize(10).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{10}");
            assertThat(codes.code(salt)).isEqualTo(code);
            assertThat(codes.token(salt)).hasSize(43).matches("[A-Za-z0-9_-]{43}");
            seen.add(code);
        }
        assertThat(seen).hasSize(2000);
        // 31^10 codes: about 49.5 bits
        assertThat(Math.log(Math.pow(AnswerCodes.ALPHABET_SIZE, AnswerCodes.CODE_LENGTH)) / Math.log(2)).isGreaterThan(49);
        assertThat(AnswerCodes.ALPHABET).hasSize(AnswerCodes.ALPHABET_SIZE).doesNotContain("0", "O", "1", "I", "L");
        // another server secret gives other codes for the same salt
        assertThat(new AnswerCodes("another secret that is also long enough!!").code("00112233445566778899aabbccddeeff"))
                .isNotEqualTo(codes.code("00112233445566778899aabbccddeeff"));
    }

    @Test
    void aTypedCodeIsReadWithoutSpacesDashesOrCase() {
        assertThat(AnswerCodes.formatted("K7P4Q2XM9R")).isEqualTo("K7P4Q-2XM9R");
        assertThat(AnswerCodes.normalised(" k7p4q - 2xm9r ")).isEqualTo("K7P4Q2XM9R");
        assertThat(AnswerCodes.normalised("K7P4Q2XM9")).isNull();
        assertThat(AnswerCodes.normalised("K7P4Q2XM90")).isNull(); // 0 is not in the alphabet
        assertThat(AnswerCodes.normalised(null)).isNull();
    }

    @Test
    void namesCprNumbersPhoneNumbersAndMailAddressesAreMasked() {
        assertThat(FreeTextMask.mask("Hjælperen Karen Jensen kom for sent. Mit CPR-nummer er 010140-1234, ring på 86 12 34 56."))
                .isEqualTo("[navn] [navn] [navn] kom for sent. Mit CPR-nummer er [CPR-nummer], ring på [nummer].");
        assertThat(FreeTextMask.mask("Jeg er glad for at Mette kommer. Skriv til mette@eksempel.dk eller 0101401234"))
                .isEqualTo("Jeg er glad for at [navn] kommer. Skriv til [e-mail] eller [CPR-nummer]");
        assertThat(FreeTextMask.mask("Alt er fint.")).isEqualTo("Alt er fint.");
        assertThat(FreeTextMask.mask("Hjælperen kom. Det var dejligt at få hjælp af Anna.")).isEqualTo("Hjælperen kom. Det var dejligt at få hjælp af [navn].");
        assertThat(FreeTextMask.mask("Ole Hansen er sød")).isEqualTo("[navn] [navn] er sød");
    }
}
