package dk.fritvalg.security;

/** The current user may not do this, or not for this tenant. */
public class AccessDeniedException extends org.springframework.security.access.AccessDeniedException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
