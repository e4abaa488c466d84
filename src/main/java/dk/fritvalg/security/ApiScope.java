package dk.fritvalg.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an API key may be used for. A scope opens permissions of the table to a machine; the call is then checked
 * like a person's ({@link AccessGuard}: role, relation, tenant), and a permission no scope of the key opens is refused.
 * A new endpoint adds its scope here with the permissions it uses (for example {@code visits:write}).
 */
public enum ApiScope {
    /** Municipalities, service areas, providers and agreements (public information). */
    REFERENCE_READ("reference:read", EnumSet.of(Role.CARE_SYSTEM, Role.PROVIDER_SYSTEM)),
    /** The municipality's citizens and grants. */
    CITIZENS_READ("citizens:read", EnumSet.of(Role.CARE_SYSTEM), Permission.CARE_SYSTEM_READ_CITIZENS),
    /** Create and update citizens and grants by CPR number. */
    CITIZENS_WRITE("citizens:write", EnumSet.of(Role.CARE_SYSTEM), Permission.CARE_SYSTEM_WRITE_CITIZENS,
            Permission.CARE_SYSTEM_READ_CITIZENS),
    /** Provider choices and their changes since a time. */
    CHOICES_READ("choices:read", EnumSet.of(Role.CARE_SYSTEM), Permission.READ_PROVIDER_CHOICES),
    /** The provider's add-on orders and their visits. */
    ORDERS_READ("orders:read", EnumSet.of(Role.PROVIDER_SYSTEM), Permission.READ_PROVIDER_ORDERS);

    private final String value;
    private final Set<Role> roles;
    private final Set<Permission> permissions;

    ApiScope(String value, Set<Role> roles, Permission... permissions) {
        this.value = value;
        this.roles = roles;
        this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
    }

    /** The name in keys, requests and the OpenAPI document, e.g. {@code citizens:write}. */
    public String value() {
        return value;
    }

    /** The machine roles a key with this scope may have. */
    public Set<Role> roles() {
        return roles;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
