package dk.fritvalg.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user with the tenant they belong to: a municipality for staff, a provider organisation (and the
 * provider in the municipality she started in) for provider administrators, a citizen or relative record for
 * citizens and relatives.
 */
public record PortalUser(
        long id,
        String username,
        String displayName,
        Role role,
        Long municipalityId,
        Long providerId,
        Long citizenId,
        Long relativeId,
        String passwordHash,
        boolean locked,
        Long organisationId) implements UserDetails, PortalPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    /** A user without a provider organisation of her own (a provider's user then works for her provider's organisation). */
    public PortalUser(long id, String username, String displayName, Role role, Long municipalityId, Long providerId, Long citizenId,
                      Long relativeId, String passwordHash, boolean locked) {
        this(id, username, displayName, role, municipalityId, providerId, citizenId, relativeId, passwordHash, locked, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** A copy without the password hash, for the session. */
    public PortalUser withoutPassword() {
        return new PortalUser(id, username, displayName, role, municipalityId, providerId, citizenId, relativeId, null, locked,
                organisationId);
    }

    @Override
    public PortalUser portalUser() {
        return this;
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + "]";
    }
}
