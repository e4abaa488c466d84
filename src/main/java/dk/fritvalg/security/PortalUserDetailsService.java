package dk.fritvalg.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository repository;
    private final Clock clock;

    PortalUserDetailsService(UserAccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // An API client's account (a care system's) has no password and never logs in to a page.
        return repository.findByUsername(username.trim())
                .filter(account -> !account.getRole().isMachine())
                .map(account -> account.toPortalUser(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
