package dk.fritvalg.shared;

import java.util.regex.Pattern;

/**
 * An e-mail address as people write one: a name, one @, a domain with at least one dot; no spaces or line breaks
 * (which would let one address smuggle in more), at most 200 characters (the column's size).
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 200;
    private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}._%+'&-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    private EmailAddress() {
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && FORM.matcher(value).matches();
    }
}
