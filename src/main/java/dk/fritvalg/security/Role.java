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
    MUNICIPAL_ADMIN("forvaltning/indstillinger"),
    /** A provider's order handler: handles orders and sees customers; cannot edit the profile, prices or users. */
    PROVIDER_ORDER_HANDLER("leverandoer"),
    /** A municipality's care system (Nexus, Cura, …) calling the open API with an API key; never logs in to a page. */
    CARE_SYSTEM(""),
    /** A provider's own system calling the open API with an API key; never logs in to a page. */
    PROVIDER_SYSTEM("");

    /** Every municipal role (the care system acts for its municipality like its staff). */
    public static final Set<Role> MUNICIPAL = EnumSet.of(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_PROCUREMENT, MUNICIPAL_FINANCE,
            MUNICIPAL_ADMIN, CARE_SYSTEM);
    /** Roles of a provider's staff (and its system). */
    public static final Set<Role> PROVIDER = EnumSet.of(PROVIDER_ADMIN, PROVIDER_ORDER_HANDLER, PROVIDER_SYSTEM);
    /** Machines calling the open API: they authenticate with an API key, never with a password or MitID. */
    public static final Set<Role> MACHINE = EnumSet.of(CARE_SYSTEM, PROVIDER_SYSTEM);

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

    public boolean isMachine() {
        return MACHINE.contains(this);
    }
}
