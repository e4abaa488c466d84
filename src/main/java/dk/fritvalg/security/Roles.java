package dk.fritvalg.security;

/** Role names as compile-time constants for {@code @RolesAllowed} on views. */
public final class Roles {
    public static final String CITIZEN = "CITIZEN";
    public static final String RELATIVE = "RELATIVE";
    public static final String PROVIDER_ADMIN = "PROVIDER_ADMIN";
    public static final String MUNICIPAL_STAFF = "MUNICIPAL_STAFF";
    public static final String MUNICIPAL_ADMIN = "MUNICIPAL_ADMIN";

    private Roles() {
    }
}
