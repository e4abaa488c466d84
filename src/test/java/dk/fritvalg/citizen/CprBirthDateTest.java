package dk.fritvalg.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CprBirthDateTest {

    @Test
    void theSeventhDigitGivesTheCentury() {
        assertThat(CitizenRegistry.birthDate("0703411236")).isEqualTo(LocalDate.of(1941, 3, 7));
        assertThat(CitizenRegistry.birthDate("0101054123")).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(CitizenRegistry.birthDate("0101504123")).isEqualTo(LocalDate.of(1950, 1, 1));
        assertThat(CitizenRegistry.birthDate("0101109123")).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(CitizenRegistry.birthDate("2902605123")).isEqualTo(LocalDate.of(1860, 2, 29));
    }
}
