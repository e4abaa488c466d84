package dk.fritvalg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.survey.SurveyCampaigns;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every route the portal has, opened in Chromium by every role that may see it (the roles come from the view's
 * permission in the table; public pages are opened without a login): axe-core finds no WCAG 2.1 A/AA violation,
 * no English name reaches the Danish page, and at 200 % zoom (a 640 px wide window) the page does not scroll sideways.
 * {@link #ROUTES} is the list of routes checked; a route added to the portal without a line here fails the build.
 */
class EveryRouteBrowserTest extends BrowserTest {

    private static final String DEMO_PASSWORD = "frit-valg-demo";

    /**
     * Each registered route with the address it is opened at. {karen} is the demo citizen, {provider} a provider in
     * Favrskov, {addOn} one of its add-ons, {application} an application for approval by the demo provider, {campaign} a
     * survey campaign in Favrskov, {course} a rehabilitation course of Karen's, {tender} the demo's tender round for meals in Favrskov.
     * Pages about a citizen get {@code ?borger={karen}} when someone other than the citizen opens them.
     */
    static final Map<String, String> ROUTES = new LinkedHashMap<>();

    static {
        // public
        ROUTES.put("", "");
        ROUTES.put("login", "login");
        ROUTES.put("was", "was");
        ROUTES.put("kontakt", "kontakt");
        ROUTES.put("privatliv", "privatliv");
        ROUTES.put("kommune/:code", "kommune/0710");
        ROUTES.put("kommune/:code/leverandoerer", "kommune/0710/leverandoerer");
        ROUTES.put("kommune/:code/leverandoerer/:providerId", "kommune/0710/leverandoerer/{provider}");
        ROUTES.put("kommune/:code/sammenlign", "kommune/0710/sammenlign?ids={provider},{otherProvider}");
        // a citizen's pages
        ROUTES.put("min-hjaelp", "min-hjaelp");
        ROUTES.put("min-hjaelp/skift", "min-hjaelp/skift");
        ROUTES.put("min-hjaelp/historik", "min-hjaelp/historik");
        ROUTES.put("min-hjaelp/fuldmagter", "min-hjaelp/fuldmagter");
        ROUTES.put("beskeder", "beskeder");
        ROUTES.put("tilkoeb", "tilkoeb");
        ROUTES.put("tilkoeb/ydelse/:id", "tilkoeb/ydelse/{addOn}");
        ROUTES.put("tilkoeb/kurv", "tilkoeb/kurv");
        ROUTES.put("tilkoeb/bestillinger", "tilkoeb/bestillinger");
        ROUTES.put("tilkoeb/opgoerelse", "tilkoeb/opgoerelse");
        ROUTES.put("bedoem-tilkoeb", "bedoem-tilkoeb");
        ROUTES.put("min-trivsel", "min-trivsel");
        ROUTES.put("rehabilitering/:courseId/maaling", "rehabilitering/{course}/maaling");
        // a relative's own account
        ROUTES.put("fuldmagter", "fuldmagter");
        // the municipality
        ROUTES.put("forvaltning", "forvaltning");
        ROUTES.put("forvaltning/indstillinger", "forvaltning/indstillinger");
        ROUTES.put("forvaltning/skift", "forvaltning/skift");
        ROUTES.put("forvaltning/fuldmagter", "forvaltning/fuldmagter");
        ROUTES.put("forvaltning/log", "forvaltning/log");
        ROUTES.put("forvaltning/breve", "forvaltning/breve");
        ROUTES.put("forvaltning/mail-ikke-sendt", "forvaltning/mail-ikke-sendt");
        ROUTES.put("marked/leverandoerer", "marked/leverandoerer");
        ROUTES.put("marked/krav", "marked/krav");
        ROUTES.put("marked/ansoegninger", "marked/ansoegninger");
        ROUTES.put("marked/ansoegninger/:id", "marked/ansoegninger/{application}");
        ROUTES.put("marked/sundhed", "marked/sundhed");
        ROUTES.put("marked/leverandoersvigt", "marked/leverandoersvigt");
        ROUTES.put("forvaltning/undersoegelser", "forvaltning/undersoegelser");
        ROUTES.put("forvaltning/undersoegelser/:id", "forvaltning/undersoegelser/{campaign}");
        ROUTES.put("okonomi/besoeg", "okonomi/besoeg");
        ROUTES.put("okonomi/afregning", "okonomi/afregning");
        ROUTES.put("okonomi/betalingsmodeller", "okonomi/betalingsmodeller");
        ROUTES.put("okonomi/simulator", "okonomi/simulator");
        ROUTES.put("okonomi/budget", "okonomi/budget");
        ROUTES.put("okonomi/markedsandele", "okonomi/markedsandele");
        ROUTES.put("forvaltning/rehabilitering/maalinger", "forvaltning/rehabilitering/maalinger");
        ROUTES.put("marked/tilkoebspriser", "marked/tilkoebspriser");
        ROUTES.put("marked/afregningspriser", "marked/afregningspriser");
        ROUTES.put("marked/aftaler", "marked/aftaler");
        ROUTES.put("marked/udbud", "marked/udbud");
        ROUTES.put("marked/udbud/:id", "marked/udbud/{tender}");
        ROUTES.put("marked/nyt-udbud", "marked/nyt-udbud");
        // the provider
        ROUTES.put("leverandoer", "leverandoer");
        ROUTES.put("leverandoer/bestillinger", "leverandoer/bestillinger");
        ROUTES.put("leverandoer/ansoeg", "leverandoer/ansoeg");
        ROUTES.put("leverandoer/ansoegninger", "leverandoer/ansoegninger");
        ROUTES.put("leverandoer/ansoegninger/:id", "leverandoer/ansoegninger/{application}");
        ROUTES.put("leverandoer/afregning", "leverandoer/afregning");
        ROUTES.put("leverandoer/tilfredshed", "leverandoer/tilfredshed");
        ROUTES.put("leverandoer/tilbud", "leverandoer/tilbud");
        ROUTES.put("leverandoer/brugere", "leverandoer/brugere");
        ROUTES.put("leverandoer/udbud", "leverandoer/udbud");
        ROUTES.put("leverandoer/udbud/:id", "leverandoer/udbud/{tender}");
        ROUTES.put("leverandoer/mine-bud", "leverandoer/mine-bud");
        // a colleague's invitation link (an unknown one here: the page says so)
        ROUTES.put("invitation", "invitation/ukendt-invitation");
        // a survey answered from a letter's code or a mail's personal link, without a login
        ROUTES.put("svar/:token?", "svar");
    }

    /** The demo user who has each role (README, "Demo logins"). */
    static final Map<Role, String> DEMO_USERS = new EnumMap<>(Map.of(
            Role.CITIZEN, "borger", Role.RELATIVE, "paaroerende", Role.PROVIDER_ADMIN, "leverandoer", Role.PROVIDER_ORDER_HANDLER, "ordremodtager",
            Role.MUNICIPAL_NEEDS_ASSESSMENT, "medarbejder", Role.MUNICIPAL_PROCUREMENT, "indkoeb",
            Role.MUNICIPAL_FINANCE, "oekonomi", Role.MUNICIPAL_ADMIN, "admin"));

    private static final String ANONYMOUS = "(ikke logget ind)";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveyCampaigns campaigns;
    @Autowired
    dk.fritvalg.rehabilitation.RehabilitationFixture rehabilitation;
    @Autowired
    dk.fritvalg.municipality.MunicipalityService municipalities;

    private long favrskovId() {
        return municipalities.byCode("0710").orElseThrow().getId();
    }

    private final Map<String, String> values = new TreeMap<>();

    /** Every class with {@code @Route} in the portal, by its route template. */
    static Map<String, Class<?>> registeredRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        scanner.findCandidateComponents("dk.fritvalg").forEach(definition -> {
            try {
                Class<?> view = Class.forName(definition.getBeanClassName());
                routes.put(view.getAnnotation(Route.class).value(), view);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return routes;
    }

    @BeforeAll
    void data() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        values.put("karen", String.valueOf(jdbc.queryForObject("SELECT citizen_id FROM user_account WHERE username = 'borger'", Long.class)));
        long demoProvider = jdbc.queryForObject("SELECT provider_id FROM user_account WHERE username = 'leverandoer'", Long.class);
        values.put("provider", String.valueOf(demoProvider));
        values.put("otherProvider", String.valueOf(jdbc.queryForObject(
                "SELECT id FROM provider WHERE catalogue_key = 'favrskov-hjemmepleje'", Long.class)));
        values.put("addOn", String.valueOf(jdbc.queryForObject(
                "SELECT id FROM add_on WHERE catalogue_key = 'favrskov-omg-ekstra-bad'", Long.class)));
        // An application by the demo provider to deliver meals in Favrskov, sent before meals went to tender in the demo
        // (the service now refuses new applications there), so that both sides of an application can be opened.
        long organisation = jdbc.queryForObject("SELECT organisation_id FROM user_account WHERE username = 'leverandoer'", Long.class);
        Map<String, Object> meals = jdbc.queryForMap("""
                SELECT a.id, a.municipality_id FROM service_area a JOIN municipality m ON m.id = a.municipality_id
                WHERE m.code = '0710' AND a.kind = 'MEALS'""");
        long area = ((Number) meals.get("id")).longValue();
        jdbc.update("""
                INSERT INTO approval_application (organisation_id, municipality_id, status, capacity, postcodes, contact_email,
                                                  submitted_at, decision_due)
                VALUES (?, ?, 'SUBMITTED', 20, '8370', 'ansoegning@example.dk', NOW(6) - INTERVAL 40 DAY, CURDATE() - INTERVAL 10 DAY)""",
                organisation, meals.get("municipality_id"));
        long application = jdbc.queryForObject("SELECT MAX(id) FROM approval_application WHERE organisation_id = ?", Long.class, organisation);
        jdbc.update("INSERT INTO approval_application_area (application_id, service_area_id) VALUES (?, ?)", application, area);
        values.put("application", String.valueOf(application));
        // A rehabilitation course of Karen's with the demo provider, and a tender round for meals in Favrskov.
        values.put("course", String.valueOf(rehabilitation.course(favrskovId(), Long.parseLong(values.get("karen")), demoProvider,
                dk.fritvalg.municipality.RehabilitationModel.PART, java.time.LocalDate.now())));
        // the demo's open tender round (TenderDemoData)
        values.put("tender", String.valueOf(jdbc.queryForObject(
                "SELECT MIN(id) FROM tender_round WHERE municipality_id = ?", Long.class, favrskovId())));
        // A survey campaign in Favrskov, so that its page can be opened.
        long favrskov = ((Number) meals.get("municipality_id")).longValue();
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, favrskov));
        try {
            java.time.LocalDate today = java.time.LocalDate.now();
            long practicalHelp = jdbc.queryForObject(
                    "SELECT id FROM service_area WHERE municipality_id = ? AND kind = 'PRACTICAL_HELP'", Long.class, favrskov);
            values.put("campaign", String.valueOf(campaigns.create(new SurveyCampaigns.NewCampaign("Brugertilfredshed praktisk hjælp",
                    "efteråret 2026", today, today.plusDays(30), today, Set.of(practicalHelp), null, 14, 2))));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void everyRegisteredRouteIsOnTheListOfCheckedRoutes() {
        Map<String, Class<?>> registered = registeredRoutes();
        assertThat(registered).as("routes found").hasSizeGreaterThan(30);
        assertThat(new TreeSet<>(ROUTES.keySet())).as("the routes this test opens, against the portal's routes")
                .isEqualTo(registered.keySet());
        registered.forEach((template, view) -> assertThat(view.isAnnotationPresent(AnonymousAllowed.class)
                || view.isAnnotationPresent(ViewPermission.class)).as(template + " says who may open it").isTrue());
    }

    /** Who opens which addresses: anonymous for public pages, otherwise the demo user of every role the permission names. */
    private Map<String, List<String>> visits() {
        Map<String, List<String>> byUser = new LinkedHashMap<>();
        registeredRoutes().forEach((template, view) -> {
            String path = ROUTES.get(template);
            ViewPermission permission = view.getAnnotation(ViewPermission.class);
            if (permission == null) {
                byUser.computeIfAbsent(ANONYMOUS, u -> new ArrayList<>()).add(path);
                return;
            }
            Permission p = permission.value();
            for (Role role : p.roles()) {
                String user = DEMO_USERS.get(role);
                assertThat(user).as("a demo user with the role " + role + " for " + template).isNotNull();
                String address = p.targetType() == Target.Type.CITIZEN && role != Role.CITIZEN
                        ? path + (path.contains("?") ? "&" : "?") + "borger={karen}" : path;
                byUser.computeIfAbsent(user, u -> new ArrayList<>()).add(address);
            }
        });
        return byUser;
    }

    private String resolve(String address) {
        String resolved = address;
        for (Map.Entry<String, String> value : values.entrySet()) {
            resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
        }
        return resolved;
    }

    @Test
    void everyRouteIsAccessibleForEveryRoleThatMayOpenItAndFitsA640PixelWindow() {
        List<String> problems = new ArrayList<>();
        int opened = 0;
        for (Map.Entry<String, List<String>> visit : visits().entrySet()) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
                Page page = ANONYMOUS.equals(visit.getKey()) ? context.newPage() : login(context, visit.getKey(), DEMO_PASSWORD);
                for (String address : visit.getValue()) {
                    String where = visit.getKey() + " → /" + resolve(address);
                    try {
                        page.setViewportSize(1280, 900);
                        page.navigate(url(resolve(address)));
                        PlaywrightAssertions.assertThat(heading(page).first()).isVisible();
                        page.waitForLoadState();
                        String h1 = heading(page).first().innerText();
                        if (h1.contains("Du har ikke adgang") || h1.contains("Siden findes ikke") || h1.contains("gik galt")) {
                            problems.add(where + ": the page was refused or not found (" + h1 + ")");
                            continue;
                        }
                        assertAccessible(page);
                        page.setViewportSize(640, 800);
                        Object sideways = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                        if (((Number) sideways).intValue() > 1) {
                            problems.add(where + ": scrolls " + sideways + " px sideways at 640 px (200 % zoom)");
                        }
                        opened++;
                    } catch (AssertionError | RuntimeException e) {
                        problems.add(where + ": " + e.getMessage());
                    }
                }
            }
        }
        System.out.printf("EveryRouteBrowserTest: %d pages opened by %d users%n", opened, visits().size());
        assertThat(problems).as("pages with problems").isEmpty();
        assertThat(opened).isGreaterThan(ROUTES.size());
    }
}
