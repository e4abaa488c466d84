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
 * Maps a MitID login (an OIDC token from the NemLog-in broker) to the portal's login by the keyed hash of the CPR
 * claim. A citizen or relative the portal knows (created by staff, a care system's import or a power of attorney)
 * but who has no login yet gets one at her first MitID login. Someone the portal does not know is refused.
 */
@Service
@ConditionalOnProperty(name = "fritvalg.mitid.enabled", havingValue = "true")
class MitIdUserService extends OidcUserService {

    private static final Logger log = LoggerFactory.getLogger(MitIdUserService.class);

    private final UserAccountService accounts;
    private final PersonDirectory people;
    private final CprHasher cprHasher;
    private final Clock clock;
    private final String cprClaim;

    MitIdUserService(UserAccountService accounts, PersonDirectory people, CprHasher cprHasher, Clock clock,
                     @Value("${fritvalg.mitid.cpr-claim:dk:gov:saml:attribute:CprNumberIdentifier}") String cprClaim) {
        this.accounts = accounts;
        this.people = people;
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
        String cprHash = cprHasher.hash(cpr);
        PortalUser user = accounts.findByCprHash(cprHash, clock.instant())
                .or(() -> people.byCprHash(cprHash).map(person -> {
                    log.info("First MitID login: a {} login made", person.role());
                    return accounts.firstMitIdLogin(person, cprHash, clock.instant());
                }))
                .filter(u -> !u.locked())
                .orElseThrow(() -> {
                    log.info("MitID login refused: no active portal login for that person");
                    return new OAuth2AuthenticationException(new OAuth2Error("unknown_person", "No portal login for this person", null));
                });
        return new MitIdUser(oidcUser, user.withoutPassword());
    }
}
