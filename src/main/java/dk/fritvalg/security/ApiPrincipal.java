package dk.fritvalg.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A machine calling the open API with an API key: its account (a care system of a municipality, or a provider's
 * system), the key's scopes and its rate limit.
 */
public record ApiPrincipal(PortalUser portalUser, long clientId, String clientName, Set<ApiScope> scopes, int requestsPerMinute)
        implements PortalPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public ApiPrincipal {
        scopes = Set.copyOf(scopes);
    }

    /** Whether one of the key's scopes opens the permission. */
    public boolean opens(Permission permission) {
        return scopes.stream().anyMatch(s -> s.permissions().contains(permission));
    }

    /** The API client behind the current request, if it is one. */
    public static Optional<ApiPrincipal> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApiPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /** The current API client holding the scope, or {@link AccessDeniedException}. */
    public static ApiPrincipal require(ApiScope scope) {
        ApiPrincipal principal = current().orElseThrow(() -> new AccessDeniedException("Not an API client"));
        if (!principal.scopes().contains(scope)) {
            throw new AccessDeniedException("The API key lacks the scope " + scope.value());
        }
        return principal;
    }
}
