package dk.fritvalg.security;

import java.io.IOException;

/** A request body to the open API went past the size limit while it was read. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
