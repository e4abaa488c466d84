package dk.fritvalg.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The portal's roles. Municipal staff are split by the job they do, so that each sees and does only what
 * that job needs. Each role has a home view that a user lands on after logging in.
 */
public enum Role {
    CITIZEN("min-hjaelp"),
    RELATIVE("fuldmagter"),
    PROVIDER_ADMIN("leverandoer"),
    /** Visitation: grants, citizens' choices and switches, powers of attorney. */
    MUNICIPAL_NEEDS_ASSESSMENT("forvaltning"),
    /** The provider market: approvals, tenders, agreements, prices. */
    MUNICIPAL_PROCUREMENT("forvaltning"),
    /** Settlement with providers and the budget. */
    MUNICIPAL_FINANCE("forvaltning"),
    /** The municipality's settings and its log. */
    MUNICIPAL_ADMIN("forvaltning/indstillinger");

    /** Every municipal role. */
    public static final Set<Role> MUNICIPAL = EnumSet.of(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_PROCUREMENT, MUNICIPAL_FINANCE,
            MUNICIPAL_ADMIN);
    /** Roles of a provider's staff. */
    public static final Set<Role> PROVIDER = EnumSet.of(PROVIDER_ADMIN);

    private final String homeRoute;

    Role(String homeRoute) {
        this.homeRoute = homeRoute;
    }

    /** The Spring Security authority. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String homeRoute() {
        return homeRoute;
    }

    public boolean isMunicipal() {
        return MUNICIPAL.contains(this);
    }

    public boolean isProviderStaff() {
        return PROVIDER.contains(this);
    }
}
