package dk.fritvalg.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.citizen.ui.SwitchView;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.support.KaribuTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Addresses typed, pasted or tampered with: every route parameter and every query parameter the portal reads,
 * with malformed, out-of-range and foreign values, on every page, as each role that may open it. None may end
 * in a server error; unknown things give the Danish not-found page (404) or a redirect.
 */
class BadAddressTest extends KaribuTest {

    /** In the path: malformed numbers, overflows, negative and zero ids, text, markup, an unknown enum value. */
    private static final List<String> BAD_VALUES = List.of("abc", "-1", "0", "18446744073709551616", "9223372036854775807",
            "1.5", "1e3", "", " ", "%", "<script>alert(1)</script>", "'--", "personal_care", "NOT_A_THING", "2026-13",
            "99999999");
    /** In the query (pages there are slower to draw, and read their parameters the same way): the worst of them. */
    private static final List<String> BAD_QUERY_VALUES = List.of("abc", "-1", "18446744073709551616", "", "<script>alert(1)</script>");
    /** The query parameters each page reads, besides {@code borger} (whom a citizen page is for), given to every non-public page. */
    private static final Map<String, List<String>> QUERY_NAMES = Map.of(
            "kommune/:code/leverandoerer", List.of("omraade", "postnummer", "ledig", "sprog", "kendetegn", "type", "sortering"),
            "kommune/:code/leverandoerer/:providerId", List.of("omraade"),
            "kommune/:code/sammenlign", List.of("ids", "omraade"),
            "min-hjaelp/skift", List.of("omraade"),
            "tilkoeb/bestillinger", List.of("betaling"),
            "tilkoeb/opgoerelse", List.of("maaned"),
            "login", List.of("error"));
    /** The query parameters that name a citizen, a service area or providers by id. */
    private static final List<String> IDS = List.of("borger", "omraade", "ids");
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    @Autowired
    JdbcTemplate jdbc;

    /** As nobody (null), and as the first demo user of every role a person has (machine roles open no page: ViewAccessTest). */
    @ParameterizedTest
    @NullSource
    @EnumSource(value = Role.class, names = {"CARE_SYSTEM", "PROVIDER_SYSTEM"}, mode = EnumSource.Mode.EXCLUDE)
    void noBadAddressGivesAServerError(Role role) {
        if (role != null) {
            loginDemo(jdbc.queryForObject("SELECT username FROM user_account WHERE role = ? ORDER BY id LIMIT 1", String.class,
                    role.name()));
        }
        Map<String, String> good = Map.of("code", "0710",
                "providerId", id("SELECT MIN(p.id) FROM provider p JOIN municipality m ON m.id = p.municipality_id WHERE m.code = '0710'"),
                "id", id("SELECT id FROM add_on WHERE catalogue_key = 'favrskov-omg-ekstra-bad'"),
                "courseId", id("SELECT COALESCE(MIN(id), 1) FROM rehabilitation_course"),
                "token", "ukendt-link");
        // Things that exist but belong to someone else: Kolding's add-on, citizen and service area.
        List<String> foreign = List.of(id("SELECT id FROM add_on WHERE catalogue_key = 'kolding-hj-vinduer'"),
                id("SELECT c.id FROM citizen c JOIN municipality m ON m.id = c.municipality_id WHERE m.code = '0621' LIMIT 1"),
                id("SELECT s.id FROM service_area s JOIN municipality m ON m.id = s.municipality_id WHERE m.code = '0621' LIMIT 1"));
        List<String> values = new ArrayList<>(BAD_VALUES);
        values.addAll(foreign);

        List<String> serverErrors = new ArrayList<>();
        List<Class<? extends Component>> views = new Routes().autoDiscoverViews("dk.fritvalg").getRoutes().stream()
                .filter(v -> v.isAnnotationPresent(Route.class)).toList();
        assertThat(views.stream().map(v -> v.getAnnotation(Route.class).value())).containsAll(QUERY_NAMES.keySet());
        for (Class<? extends Component> view : views) {
            if (!mayOpen(view, role)) {
                continue;
            }
            // an optional parameter (svar/:token?) is tried like any other
            String template = view.getAnnotation(Route.class).value().replace("?", "");
            List<String> queryNames = new ArrayList<>(QUERY_NAMES.getOrDefault(template, List.of()));
            if (!view.isAnnotationPresent(AnonymousAllowed.class)) {
                queryNames.add("borger");
            }
            List<String> names = new ArrayList<>();
            Matcher m = PARAMETER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            for (String value : values) {
                for (String name : names) {
                    String path = template;
                    for (String other : names) {
                        path = path.replace(":" + other, encode(other.equals(name) ? value : good.get(other)));
                    }
                    visit(path, "", serverErrors);
                }
            }
            String path = template;
            for (String name : names) {
                path = path.replace(":" + name, good.get(name));
            }
            for (String query : queryNames) {
                List<String> queryValues = new ArrayList<>(BAD_QUERY_VALUES);
                if (IDS.contains(query)) {
                    queryValues.addAll(foreign);
                }
                for (String value : queryValues) {
                    visit(path, query + "=" + encode(value), serverErrors);
                }
            }
        }
        assertThat(serverErrors).as("addresses that gave a server error").isEmpty();
    }

    @Test
    void anAddOnAddressThatIsNotANumberIsNotFound() {
        loginDemo("borger");
        for (String id : List.of("abc", "18446744073709551616", "-1", "999999999")) {
            UI.getCurrent().navigate("tilkoeb/ydelse/" + id);
            assertThat(currentView()).as(id).isInstanceOf(NotFoundView.class);
        }
        assertThat(pageText()).contains("Siden findes ikke");
    }

    @Test
    void switchingInAnAreaTheCitizenHasNoGrantForSaysSo() {
        loginDemo("borger");
        String kolding = id("SELECT s.id FROM service_area s JOIN municipality m ON m.id = s.municipality_id WHERE m.code = '0621' LIMIT 1");
        UI.getCurrent().navigate("min-hjaelp/skift", QueryParameters.fromString("omraade=" + kolding));
        assertThat(currentView()).isInstanceOf(SwitchView.class);
        assertThat(pageText()).contains("Du har ikke bevilget hjælp inden for dette område.");
    }

    private void visit(String path, String query, List<String> serverErrors) {
        String address = path + (query.isEmpty() ? "" : "?" + query);
        try {
            UI.getCurrent().navigate(path, QueryParameters.fromString(query));
            if (currentView() instanceof InternalServerError) {
                serverErrors.add(address);
            }
        } catch (RuntimeException | Error e) {
            serverErrors.add(address + " (" + e + ")");
        }
    }

    /** Public pages as nobody; the others as each role they are for. */
    private static boolean mayOpen(Class<?> view, Role role) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return role == null;
        }
        ViewPermission permission = view.getAnnotation(ViewPermission.class);
        return role != null && permission != null && permission.value().roles().contains(role);
    }

    private static HasElement currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static String pageText() {
        return ((Component) UI.getCurrent().getCurrentView()).getElement().getTextRecursively();
    }

    private String id(String sql) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
