package dk.fritvalg.notification;

/** How a notice reaches a person. */
public enum Channel {
    EMAIL, DIGITAL_POST, LETTER
}
