package dk.fritvalg.security;

/** A security principal that stands for a portal user, whatever the way of logging in. */
interface PortalPrincipal {
    PortalUser portalUser();
}
