package dk.fritvalg.security;

/** The portal's roles. Each role has a home view that a user lands on after logging in. */
public enum Role {
    CITIZEN(Roles.CITIZEN, "min-hjaelp"),
    RELATIVE(Roles.RELATIVE, "fuldmagter"),
    PROVIDER_ADMIN(Roles.PROVIDER_ADMIN, "leverandoer"),
    MUNICIPAL_STAFF(Roles.MUNICIPAL_STAFF, "forvaltning"),
    MUNICIPAL_ADMIN(Roles.MUNICIPAL_ADMIN, "forvaltning/indstillinger");

    private final String roleName;
    private final String homeRoute;

    Role(String roleName, String homeRoute) {
        this.roleName = roleName;
        this.homeRoute = homeRoute;
    }

    /** The name used in {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    /** The Spring Security authority. */
    public String authority() {
        return "ROLE_" + roleName;
    }

    public String homeRoute() {
        return homeRoute;
    }

    public boolean isMunicipal() {
        return this == MUNICIPAL_STAFF || this == MUNICIPAL_ADMIN;
    }
}
