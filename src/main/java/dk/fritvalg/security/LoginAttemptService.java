package dk.fritvalg.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords. Kept in the database so that the
 * lock holds across nodes and restarts.
 */
@Service
class LoginAttemptService {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptService.class);

    private final UserAccountRepository repository;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockDuration;

    LoginAttemptService(UserAccountRepository repository, Clock clock,
                        @Value("${fritvalg.security.max-failed-logins:5}") int maxAttempts,
                        @Value("${fritvalg.security.lock-duration:PT15M}") Duration lockDuration) {
        this.repository = repository;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).trim();
        repository.findByUsername(username).ifPresent(account -> {
            account.recordFailure(maxAttempts, clock.instant().plus(lockDuration));
            if (account.getLockedUntil() != null && account.getFailedAttempts() == 0) {
                log.warn("Login for user id {} locked until {} after {} failed attempts", account.getId(), account.getLockedUntil(), maxAttempts);
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            repository.findById(user.id()).ifPresent(UserAccount::recordSuccess);
        }
    }
}
