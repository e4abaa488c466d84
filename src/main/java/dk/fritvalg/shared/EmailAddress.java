package dk.fritvalg.shared;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * An e-mail address as a person has one: exactly one plain address (no display name, no list, no group), checked by
 * Jakarta Mail's strict RFC 822 parser, with a domain that has at least one dot, no spaces, line breaks or other
 * control characters (which would let one address smuggle in more, as in {@code a@x.dk Bcc: b@y.dk}), at most 200
 * characters (the column's size).
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 200;

    private EmailAddress() {
    }

    /**
     * Refuses a given address that is not one, with the Danish message {@code email.error.invalid}; blank means none.
     *
     * @throws BusinessException when the address is not blank and not valid
     */
    public static void require(String value) {
        if (value != null && !value.isBlank() && !isValid(value.strip())) {
            throw new BusinessException("email.error.invalid", MAX_LENGTH);
        }
    }

    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
                || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == ',' || c == ';')) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            String parsed = address.getAddress();
            int at = parsed.lastIndexOf('@');
            return parsed.equals(value) && address.getPersonal() == null && !address.isGroup()
                    && at > 0 && parsed.indexOf('.', at) > at + 1 && !parsed.endsWith(".") && !parsed.startsWith("\"");
        } catch (AddressException e) {
            return false;
        }
    }
}
