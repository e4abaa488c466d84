package dk.fritvalg.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Which channel a notice goes by. In order: the person's own choice; what the care system knows (its channel, else
 * an e-mail address on record); otherwise Digital Post, as Danish authorities write to citizens; and a letter for
 * whoever cannot get Digital Post (exempt, no CPR number held, or Digital Post not set up). A channel is used only when
 * it can reach her: e-mail needs an address, Digital Post a CPR number and a gateway, a letter a postal address.
 */
public final class ChannelChoice {

    private ChannelChoice() {
    }

    /** The channel, or empty when nothing can reach the person (the notice is then kept for "Mine beskeder" only). */
    public static Optional<Channel> choose(Recipient recipient, Channel ownChoice, Channel careSystemChannel, boolean digitalPostOn) {
        List<Channel> order = new ArrayList<>();
        if (ownChoice != null) {
            order.add(ownChoice);
        }
        if (careSystemChannel != null) {
            order.add(careSystemChannel);
        } else if (hasEmail(recipient)) {
            order.add(Channel.EMAIL);
        }
        order.add(Channel.DIGITAL_POST);
        order.add(Channel.LETTER);
        order.add(Channel.EMAIL);
        return new LinkedHashSet<>(order).stream().filter(c -> reaches(c, recipient, digitalPostOn)).findFirst();
    }

    static boolean reaches(Channel channel, Recipient recipient, boolean digitalPostOn) {
        return switch (channel) {
            case EMAIL -> hasEmail(recipient);
            case DIGITAL_POST -> digitalPostOn && recipient.cprHeld();
            case LETTER -> recipient.address() != null && recipient.address().isComplete();
        };
    }

    private static boolean hasEmail(Recipient recipient) {
        return recipient.email() != null && !recipient.email().isBlank();
    }
}
