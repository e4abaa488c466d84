package dk.fritvalg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** E-mail addresses as people enter them, checked by Jakarta Mail's strict parser and our own rules against smuggling. */
class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"karen.jensen@example.dk", "mette+frit-valg@example.favrskov.dk", "o'brien@example.com",
            "a@b.dk", "hjemmeplejen@example.favrskov.dk"})
    void realAddressesAreAccepted(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "a@x.dk Bcc: b@y.dk", "a@x.dk\nBcc: b@y.dk", "a@x.dk\r\nBcc: b@y.dk",
            "a@@x.dk", "a@x", "@x.dk", "a@x.dk,b@y.dk", "a@x.dk;b@y.dk", "Karen <karen@example.dk>", "karen@example.dk.",
            "\"a b\"@x.dk", "a@x..dk", "a @x.dk", "undisclosed-recipients:;", "a@x.dk\tBcc", ""})
    void anythingElseIsRefused(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 1000})
    void overTheColumnsLengthIsRefused(int length) {
        assertThat(EmailAddress.isValid("a".repeat(length - "@example.dk".length()) + "@example.dk")).isFalse();
    }
}
