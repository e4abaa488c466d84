package dk.fritvalg.shared;

import java.util.regex.Pattern;

/** Danish postcodes: four digits, 0800–9990. */
public final class Postcodes {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private Postcodes() {
    }

    public static boolean isValid(String postcode) {
        if (postcode == null || !FOUR_DIGITS.matcher(postcode).matches()) {
            return false;
        }
        int value = Integer.parseInt(postcode);
        return value >= 800 && value <= 9990;
    }
}
