package dk.fritvalg.security;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Enforces {@link Permission}: first the role, then the tenant. Services call it before reading or
 * changing anything, so a view that forgets a check still cannot leak another tenant's data.
 * Citizen-scoped checks need the citizen's municipality and the relative's power of attorney, which
 * the citizen module knows; it calls {@link #requireRole} and then decides the tenant itself.
 */
@Component
public class AccessGuard {

    private static final Logger log = LoggerFactory.getLogger(AccessGuard.class);

    /** The role check alone; returns the user for the tenant check that follows. */
    public PortalUser requireRole(Permission permission) {
        PortalUser user = CurrentUser.require();
        if (!permission.allows(user.role())) {
            throw deny(user, permission, "role");
        }
        return user;
    }

    /** Staff of this municipality only. */
    public PortalUser requireMunicipality(Permission permission, long municipalityId) {
        requireScope(permission, Permission.Scope.MUNICIPALITY);
        PortalUser user = requireRole(permission);
        if (!Objects.equals(user.municipalityId(), municipalityId)) {
            throw deny(user, permission, "municipality " + municipalityId);
        }
        return user;
    }

    /** Administrators of this provider only. */
    public PortalUser requireProvider(Permission permission, long providerId) {
        requireScope(permission, Permission.Scope.PROVIDER);
        PortalUser user = requireRole(permission);
        if (!Objects.equals(user.providerId(), providerId)) {
            throw deny(user, permission, "provider " + providerId);
        }
        return user;
    }

    public AccessDeniedException deny(PortalUser user, Permission permission, String what) {
        log.warn("Denied {} to user id {} ({}) on {}", permission, user.id(), user.role(), what);
        return new AccessDeniedException("Access denied: " + permission);
    }

    private static void requireScope(Permission permission, Permission.Scope scope) {
        if (permission.scope() != scope) {
            throw new IllegalArgumentException(permission + " is not a " + scope + " permission");
        }
    }
}
