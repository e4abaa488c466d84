package dk.fritvalg.security;

import static dk.fritvalg.security.Role.CITIZEN;
import static dk.fritvalg.security.Role.MUNICIPAL_ADMIN;
import static dk.fritvalg.security.Role.MUNICIPAL_STAFF;
import static dk.fritvalg.security.Role.PROVIDER_ADMIN;
import static dk.fritvalg.security.Role.RELATIVE;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one table of what each role may do. Services call {@link AccessGuard} with one of these
 * before they read or change anything; the scope says which tenant check follows the role check.
 */
public enum Permission {
    /** See one's own grants, providers and choices (a relative: those of a citizen they act for). */
    VIEW_CITIZEN_HELP(Scope.CITIZEN, CITIZEN, RELATIVE, MUNICIPAL_STAFF, MUNICIPAL_ADMIN),
    /** Choose or switch provider, order add-ons: needs the act scope for a relative. */
    ACT_FOR_CITIZEN(Scope.CITIZEN, CITIZEN, RELATIVE),
    /** See the list of citizens a relative holds a power of attorney for. */
    VIEW_OWN_POWERS_OF_ATTORNEY(Scope.SELF, RELATIVE),
    /** The provider administrator's workspace: profile, offers, orders. */
    VIEW_PROVIDER_WORKSPACE(Scope.PROVIDER, PROVIDER_ADMIN),
    EDIT_PROVIDER_PROFILE(Scope.PROVIDER, PROVIDER_ADMIN),
    /** The provider's add-on orders: accept, decline, set the time, mark as delivered. */
    HANDLE_PROVIDER_ORDERS(Scope.PROVIDER, PROVIDER_ADMIN),
    /** The municipality's workspace: providers, service areas, citizens of that municipality. */
    VIEW_MUNICIPALITY_WORKSPACE(Scope.MUNICIPALITY, MUNICIPAL_STAFF, MUNICIPAL_ADMIN),
    REGISTER_POWER_OF_ATTORNEY(Scope.MUNICIPALITY, MUNICIPAL_STAFF, MUNICIPAL_ADMIN),
    /** Approve or reject citizens' requests to switch provider, where the municipality wants to decide. */
    DECIDE_SWITCH_REQUESTS(Scope.MUNICIPALITY, MUNICIPAL_STAFF, MUNICIPAL_ADMIN),
    MANAGE_PROVIDER_APPROVALS(Scope.MUNICIPALITY, MUNICIPAL_STAFF, MUNICIPAL_ADMIN),
    MANAGE_MUNICIPALITY_SETTINGS(Scope.MUNICIPALITY, MUNICIPAL_ADMIN);

    /** The tenant check that follows the role check. */
    public enum Scope {
        /** The user's own data only. */
        SELF,
        /** One citizen: the citizen, a relative with a power of attorney, or staff of the citizen's municipality. */
        CITIZEN,
        /** One provider: its own administrators. */
        PROVIDER,
        /** One municipality: its own staff. */
        MUNICIPALITY
    }

    private final Scope scope;
    private final Set<Role> roles;

    Permission(Scope scope, Role first, Role... rest) {
        this.scope = scope;
        this.roles = EnumSet.of(first, rest);
    }

    public Scope scope() {
        return scope;
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
