package dk.fritvalg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.support.IntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Citizens a care system or staff created, and relatives registered with a power of attorney, get their login the
 * first time they sign in with MitID: the CPR number from the broker's token is matched by its keyed hash. One login
 * per person however often she signs in; a person the portal does not know is refused and nothing is made.
 */
@IntegrationTest
class MitIdFirstLoginTest {

    private static final String CPR_CLAIM = "dk:gov:saml:attribute:CprNumberIdentifier";

    @Autowired
    CitizenFixture fixture;
    @Autowired
    UserAccountService accounts;
    @Autowired
    PersonDirectory people;
    @Autowired
    CprHasher hasher;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationConfiguration authentication;

    MitIdUserService mitId() {
        return new MitIdUserService(accounts, people, hasher, clock, CPR_CLAIM);
    }

    static DefaultOidcUser token(String cpr) {
        Instant now = Instant.now();
        return new DefaultOidcUser(List.of(), OidcIdToken.withTokenValue("id-token").subject("mitid-" + cpr)
                .issuedAt(now).expiresAt(now.plusSeconds(300)).claim(CPR_CLAIM, cpr).build());
    }

    int logins(String cpr) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE cpr_hash = ?", Integer.class, hasher.hash(cpr));
    }

    @Test
    void aCitizenCreatedWithoutALoginGetsHerCitizenLoginAtHerFirstMitIdSignIn() throws Exception {
        String cpr = CitizenFixture.newCpr();
        long citizen = fixture.citizen("0710", "8370", "foerste.gang@example.dk", cpr);
        long favrskov = fixture.municipalityId("0710");
        assertThat(logins(cpr)).isZero();

        PortalUser first = mitId().map(token(cpr)).portalUser();
        assertThat(first.role()).isEqualTo(Role.CITIZEN);
        assertThat(first.citizenId()).isEqualTo(citizen);
        assertThat(first.municipalityId()).isEqualTo(favrskov);
        assertThat(first.relativeId()).isNull();
        assertThat(first.displayName()).startsWith("Test Borger");

        // the second sign-in finds the same login
        PortalUser again = mitId().map(token(cpr)).portalUser();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(logins(cpr)).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT username, password_hash, email FROM user_account WHERE id = ?", first.id());
        assertThat(row.get("password_hash")).as("only MitID, no password").isNull();
        assertThat(row.get("email")).isEqualTo("foerste.gang@example.dk");

        // and the login cannot be used with a password
        String username = (String) row.get("username");
        assertThatThrownBy(() -> authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aRelativeRegisteredWithAPowerOfAttorneyGetsARelativeLogin() {
        String cpr = CitizenFixture.newCpr();
        long relative = fixture.relative(cpr, "Lise", "Holm", null);

        PortalUser user = mitId().map(token(cpr)).portalUser();
        assertThat(user.role()).isEqualTo(Role.RELATIVE);
        assertThat(user.relativeId()).isEqualTo(relative);
        assertThat(user.citizenId()).isNull();
        assertThat(user.municipalityId()).isNull();
        assertThat(user.displayName()).isEqualTo("Lise Holm");
    }

    @Test
    void someoneThePortalDoesNotKnowIsRefusedAndNothingIsMade() {
        String cpr = CitizenFixture.newCpr();
        assertThatThrownBy(() -> mitId().map(token(cpr)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo("unknown_person"));
        assertThat(logins(cpr)).isZero();
    }
}
