package dk.fritvalg.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CvrAndPostcodeTest {

    @Test
    void cvrNumbersPassTheModulus11Check() {
        assertThat(Cvr.isValid("13639493")).isTrue();
        assertThat(Cvr.isValid("13639494")).isFalse();
        assertThat(Cvr.isValid("1363949")).isFalse();
        assertThat(Cvr.isValid("1363949a")).isFalse();
        assertThat(Cvr.isValid(null)).isFalse();
    }

    @Test
    void danishPostcodesAreFourDigitsInRange() {
        assertThat(Postcodes.isValid("8370")).isTrue();
        assertThat(Postcodes.isValid("0800")).isTrue();
        assertThat(Postcodes.isValid("0700")).isFalse();
        assertThat(Postcodes.isValid("83700")).isFalse();
        assertThat(Postcodes.isValid("83a0")).isFalse();
    }

    @Test
    void cprNumbersAreHashedWithTheKeyAndMaskedForDisplay() {
        CprHasher hasher = new CprHasher("a-test-key-that-is-long-enough-for-hmac-use");
        CprHasher other = new CprHasher("another-test-key-that-is-long-enough-for-hmac");
        assertThat(hasher.hash("070341-1236")).isEqualTo(hasher.hash("0703411236")).hasSize(64).doesNotContain("0703411236");
        assertThat(other.hash("0703411236")).isNotEqualTo(hasher.hash("0703411236"));
        assertThat(CprHasher.mask("0703411236")).isEqualTo("070341-****");
        assertThatThrownBy(() -> hasher.hash("07034112")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CprHasher("short")).isInstanceOf(IllegalStateException.class);
    }
}
