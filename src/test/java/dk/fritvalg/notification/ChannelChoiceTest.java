package dk.fritvalg.notification;

import static dk.fritvalg.notification.Channel.DIGITAL_POST;
import static dk.fritvalg.notification.Channel.EMAIL;
import static dk.fritvalg.notification.Channel.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which channel a notice goes by: her own choice, else the care system's data, else Digital Post; never a dead end. */
class ChannelChoiceTest {

    private static final PostalAddress HOME = new PostalAddress("Søndergade 12", "8370", "Hadsten");

    private static Recipient person(String email, boolean cpr, PostalAddress address) {
        return new Recipient(PersonKind.CITIZEN, 1, "Karen Jensen", email, cpr, address, 1L);
    }

    @Test
    void herOwnChoiceWinsOverTheCareSystemAndTheDefault() {
        Recipient karen = person("karen@example.dk", true, HOME);
        assertThat(ChannelChoice.choose(karen, LETTER, EMAIL, true)).contains(LETTER);
        assertThat(ChannelChoice.choose(karen, DIGITAL_POST, null, true)).contains(DIGITAL_POST);
    }

    @Test
    void withoutAChoiceTheCareSystemDecidesAndAnAddressOnRecordMeansEmail() {
        assertThat(ChannelChoice.choose(person("karen@example.dk", true, HOME), null, LETTER, true)).contains(LETTER);
        assertThat(ChannelChoice.choose(person("karen@example.dk", true, HOME), null, null, true)).contains(EMAIL);
    }

    @Test
    void otherwiseDigitalPostAsAuthoritiesWriteToCitizens() {
        assertThat(ChannelChoice.choose(person(null, true, HOME), null, null, true)).contains(DIGITAL_POST);
    }

    @Test
    void whoCannotGetDigitalPostGetsALetter() {
        // no CPR number held for sending, or Digital Post not set up in this installation
        assertThat(ChannelChoice.choose(person(null, false, HOME), null, null, true)).contains(LETTER);
        assertThat(ChannelChoice.choose(person(null, true, HOME), null, null, false)).contains(LETTER);
        // a choice that cannot reach her (e-mail, but no address on record) falls back the same way
        assertThat(ChannelChoice.choose(person(null, true, HOME), EMAIL, null, true)).contains(DIGITAL_POST);
    }

    @Test
    void aRelativeWithoutAnAddressGetsEmailOrNothingRatherThanALetterThatCannotGo() {
        assertThat(ChannelChoice.choose(person("mette@example.dk", false, null), LETTER, null, true)).contains(EMAIL);
        assertThat(ChannelChoice.choose(person(null, false, new PostalAddress("", "8370", "Hadsten")), null, null, true))
                .isEqualTo(Optional.empty());
    }
}
