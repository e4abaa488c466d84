package dk.fritvalg.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.io.Serial;

/**
 * Decides navigation from the permission table: a view with {@link ViewPermission} is open to the roles
 * holding that permission. Views without it (public pages with {@code @AnonymousAllowed}, error pages) are
 * left to Vaadin's annotation checker, which refuses anything not marked.
 */
final class PermissionViewAccessChecker implements NavigationAccessChecker {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AnnotatedViewAccessChecker annotations = new AnnotatedViewAccessChecker();

    @Override
    public AccessCheckResult check(NavigationContext context) {
        ViewPermission declared = context.getNavigationTarget().getAnnotation(ViewPermission.class);
        if (declared == null) {
            return annotations.check(context);
        }
        if (context.getPrincipal() == null) {
            return context.deny("Not logged in");
        }
        boolean allowed = declared.value().roles().stream().anyMatch(role -> context.hasRole(role.name()));
        return allowed ? context.allow() : context.deny("No role holds " + declared.value());
    }
}
