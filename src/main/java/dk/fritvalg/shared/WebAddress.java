package dk.fritvalg.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A link to a web site that is safe to show: http or https with a host. Anything else (javascript:, data:, a bare
 * word) is refused where it is entered and never shown as a link.
 */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The address when it is safe to link to. */
    public static Optional<String> safe(String value) {
        return isValid(value) ? Optional.of(value) : Optional.empty();
    }
}
