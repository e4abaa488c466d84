package dk.fritvalg.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A MitID login carrying the portal user it was mapped to. */
class MitIdUser extends DefaultOidcUser implements PortalPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PortalUser portalUser;

    MitIdUser(OidcUser oidcUser, PortalUser portalUser) {
        super(List.of(new SimpleGrantedAuthority(portalUser.role().authority())), oidcUser.getIdToken(), oidcUser.getUserInfo());
        this.portalUser = portalUser;
    }

    @Override
    public PortalUser portalUser() {
        return portalUser;
    }
}
