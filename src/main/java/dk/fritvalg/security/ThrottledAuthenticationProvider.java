package dk.fritvalg.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login: bcrypt against the user's login, behind {@link LoginThrottle}. Every refusal looks the same,
 * whether the user name is unknown, the password wrong or the login switched off (a locked or disabled login
 * answers "wrong user name or password" too), so the answers never tell which user names exist.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(PortalUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        LoginThrottle.Subjects subjects = LoginThrottle.subjects(authentication.getName(), address);
        LoginThrottle.Decision decision = throttle.attempt(subjects);
        if (!decision.allowed()) {
            throw new LoginThrottledException(decision.retryAfter());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AccountStatusException e) {
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(subjects);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
