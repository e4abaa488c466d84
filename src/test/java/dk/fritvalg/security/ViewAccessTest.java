package dk.fritvalg.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dk.fritvalg.ui.RefusedNavigationView;
import com.vaadin.flow.router.Route;
import dk.fritvalg.support.KaribuTest;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Navigation follows the permission table: every view that names a permission opens for exactly the roles
 * that hold it, for one demo login of each role; everyone else is refused at the door.
 */
class ViewAccessTest extends KaribuTest {

    private static final Map<Role, String> DEMO_LOGINS = Map.of(
            Role.CITIZEN, "borger",
            Role.RELATIVE, "paaroerende",
            Role.PROVIDER_ADMIN, "leverandoer",
            Role.MUNICIPAL_NEEDS_ASSESSMENT, "medarbejder",
            Role.MUNICIPAL_PROCUREMENT, "indkoeb",
            Role.MUNICIPAL_FINANCE, "oekonomi",
            Role.MUNICIPAL_ADMIN, "admin",
            Role.PROVIDER_ORDER_HANDLER, "ordremodtager");

    @TestFactory
    Stream<DynamicTest> everyGuardedViewOpensForExactlyTheRolesOfItsPermission() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ViewPermission.class));
        Map<String, Permission> views = new TreeMap<>();
        for (var bean : scanner.findCandidateComponents("dk.fritvalg")) {
            Class<?> view = Class.forName(bean.getBeanClassName());
            views.put(view.getAnnotation(Route.class).value().replaceAll(":[a-zA-Z]+", "1"), view.getAnnotation(ViewPermission.class).value());
        }
        assertThat(views).hasSizeGreaterThanOrEqualTo(10);
        // One login per role (bcrypt is slow on purpose), then every guarded view.
        // Machines (API keys) never log in to a page: no view may be open to them.
        views.forEach((path, permission) -> assertThat(permission.roles()).as(path).doesNotContainAnyElementsOf(Role.MACHINE));
        return Stream.of(Role.values()).filter(role -> !role.isMachine()).map(role -> DynamicTest.dynamicTest(role + " opens exactly its views", () -> {
            loginDemo(DEMO_LOGINS.get(role));
            Map<String, Boolean> expected = new TreeMap<>();
            Map<String, Boolean> actual = new TreeMap<>();
            views.forEach((path, permission) -> {
                expected.put(path, permission.roles().contains(role));
                actual.put(path, !refused(path));
            });
            assertThat(actual).as("views open to " + role).isEqualTo(expected);
        }));
    }

    private static boolean refused(String path) {
        try {
            UI.getCurrent().navigate(path);
            // Refused at the door: the portal's Danish access-denied page takes the place of the view that was refused.
            return UI.getCurrent().getCurrentView() instanceof RefusedNavigationView;
        } catch (RuntimeException | Error e) {
            // Past the door, the page itself said no such thing (a staff member without ?borger=): not a refusal.
            return false;
        }
    }
}
