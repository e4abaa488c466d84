package dk.fritvalg.api;

import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.ApiPrincipal;

/** The tenant of the API key behind the call. */
final class Callers {

    private Callers() {
    }

    /** The municipality of a care system's key; a provider's key has none and is refused. */
    static long municipality() {
        Long id = ApiPrincipal.current().map(p -> p.portalUser().municipalityId()).orElse(null);
        if (id == null) {
            throw new AccessDeniedException("Not a municipality's API key");
        }
        return id;
    }
}
