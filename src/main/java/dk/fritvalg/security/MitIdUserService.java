package dk.fritvalg.security;

import dk.fritvalg.shared.CprHasher;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Maps a MitID login (an OIDC token from the NemLog-in broker) to the portal's citizen login by
 * the keyed hash of the CPR claim. Someone without a login here is refused.
 */
@Service
@ConditionalOnProperty(name = "fritvalg.mitid.enabled", havingValue = "true")
class MitIdUserService extends OidcUserService {

    private static final Logger log = LoggerFactory.getLogger(MitIdUserService.class);

    private final UserAccountService accounts;
    private final CprHasher cprHasher;
    private final Clock clock;
    private final String cprClaim;

    MitIdUserService(UserAccountService accounts, CprHasher cprHasher, Clock clock,
                     @Value("${fritvalg.mitid.cpr-claim:dk:gov:saml:attribute:CprNumberIdentifier}") String cprClaim) {
        this.accounts = accounts;
        this.cprHasher = cprHasher;
        this.clock = clock;
        this.cprClaim = cprClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest userRequest) {
        return map(super.loadUser(userRequest));
    }

    MitIdUser map(OidcUser oidcUser) {
        String cpr = oidcUser.getClaimAsString(cprClaim);
        if (cpr == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("missing_cpr", "The MitID token has no CPR claim", null));
        }
        PortalUser user = accounts.findByCprHash(cprHasher.hash(cpr), clock.instant())
                .filter(u -> !u.locked())
                .orElseThrow(() -> {
                    log.info("MitID login refused: no active portal login for that person");
                    return new OAuth2AuthenticationException(new OAuth2Error("unknown_person", "No portal login for this person", null));
                });
        return new MitIdUser(oidcUser, user.withoutPassword());
    }
}
