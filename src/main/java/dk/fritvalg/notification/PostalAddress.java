package dk.fritvalg.notification;

/** Where a letter goes: street and number, postcode and town. */
public record PostalAddress(String street, String postcode, String city) {

    /** Whether a letter can be addressed with it. */
    public boolean isComplete() {
        return street != null && !street.isBlank() && postcode != null && postcode.matches("\\d{4}") && city != null && !city.isBlank();
    }
}
