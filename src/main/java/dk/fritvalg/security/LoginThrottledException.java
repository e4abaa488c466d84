package dk.fritvalg.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many login attempts for a user name or from an address: the attempt was refused before the password was checked. */
public class LoginThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many login attempts");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
