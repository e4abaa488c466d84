package dk.fritvalg.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Citizens using the portal the way a browser does, over Vaadin's own protocol: the page, the {@code ?v-r=init}
 * request (CSRF token, syncId, clientId), then UIDL messages ({@code ui-navigate}, clicks, property changes) whose
 * answers keep each virtual user's state tree ({@link VaadinUi}) so that the next action finds its node id. Each user
 * action is a Gatling group (its time is the user's wait); a user thinks between actions.
 *
 * <pre>
 * ./mvnw -Pload gatling:test -Dload.baseUrl=http://localhost:8080 -Dload.users=1000 -Dload.rampSeconds=120 -Dload.holdSeconds=180
 * </pre>
 * The mix: 50 % (a) compare providers without logging in, 25 % (b) log in, Min hjælp, open and cancel a switch, 25 % (c)
 * log in, search add-ons, add to the cart and order by invoice. (b) and (c) log in as {@code last-0001} … (profile
 * {@code load}, {@code LoadTestCitizens}), so no two users share a cart.
 */
public class PortalLoadSimulation extends Simulation {

    private static final String BASE = System.getProperty("load.baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("load.users", 100);
    private static final int RAMP = Integer.getInteger("load.rampSeconds", 60);
    private static final int HOLD = Integer.getInteger("load.holdSeconds", 120);
    private static final int CITIZENS = Integer.getInteger("load.citizens", 1000);
    private static final int THINK_MIN = Integer.getInteger("load.thinkMinSeconds", 3);
    private static final int THINK_MAX = Integer.getInteger("load.thinkMaxSeconds", 8);
    private static final String PASSWORD = System.getProperty("load.password", "frit-valg-demo");
    private static final String MUNICIPALITY = "0710";
    private static final Properties DA = danish();

    private static Properties danish() {
        Properties texts = new Properties();
        try (InputStream in = PortalLoadSimulation.class.getResourceAsStream("/vaadin-i18n/translations_da.properties")) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the Danish texts are not on the class path", e);
        }
        return texts;
    }

    /** The Danish text of a key, up to its first placeholder. */
    private static String da(String key) {
        String text = DA.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no Danish text " + key);
        }
        int brace = text.indexOf('{');
        return (brace < 0 ? text : text.substring(0, brace)).strip();
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("*/*")
            .acceptLanguageHeader("da-DK,da;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) frit-valg-load-test")
            .disableCaching()
            .header("X-Forwarded-For", session -> session.contains("clientAddress") ? session.getString("clientAddress") : "10.255.255.1");

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static VaadinUi ui(Session session) {
        return session.get("ui");
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX));
    }

    /** A page opened as a browser opens it: the HTML, the init request, then the router's navigation. */
    private static ChainBuilder open(String action, String route, String query, Function<VaadinUi, String> expect) {
        String page = "/" + route + (query.isEmpty() ? "" : "?" + query);
        return group(action).on(
                exec(http(action + " · page").get(page).check(status().is(200))),
                exec(http(action + " · init").get("/?v-r=init&location=" + enc(route) + "&query=" + enc(query))
                        .check(status().is(200), bodyString().transformWithSession((body, session) -> {
                            session.set("fresh", body);
                            return body.contains("Vaadin-Security-Key");
                        }).is(true), bodyString().saveAs("initBody"))),
                exec(session -> session.set("ui", VaadinUi.init(session.getString("initBody"))).remove("initBody")),
                uidl(action + " · navigate", ui -> ui.navigate(route, query), expect));
    }

    /**
     * One UIDL round trip: the message the user's action makes, and a check of the answer that reads it into the
     * state tree and then asks {@code expect} (null when the page shows what it should).
     */
    private static ChainBuilder uidl(String name, Function<VaadinUi, String> message, Function<VaadinUi, String> expect) {
        return exec(session -> session.set("rpc", message.apply(ui(session))))
                .exec(http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(io.gatling.javaapi.core.CoreDsl.StringBody(session -> session.getString("rpc")))
                        .check(status().is(200), bodyString().transformWithSession((body, session) -> {
                            VaadinUi ui = ui(session);
                            String problem = ui.read(body);
                            if (problem == null && expect != null) {
                                problem = expect.apply(ui);
                            }
                            return problem == null ? "ok" : problem;
                        }).is("ok")));
    }

    private static ChainBuilder action(String name, Function<VaadinUi, String> message, Function<VaadinUi, String> expect) {
        return group(name).on(uidl(name, message, expect));
    }

    private static Function<VaadinUi, String> heading(String text) {
        return ui -> ui.hasText("h1", text) ? null : "no heading '" + text + "'";
    }

    /**
     * Each virtual user comes from an address of its own (X-Forwarded-For, trusted from a proxy on 127.0.0.1): from one
     * address the portal throttles logins after 20 attempts, as it should for one real client.
     */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    private static ChainBuilder login(String action) {
        return exec(session -> {
                    int n = NEXT_ADDRESS.incrementAndGet();
                    return session.set("clientAddress", "10.%d.%d.%d".formatted((n >> 16) & 255, (n >> 8) & 255, n & 255));
                })
                .group(action).on(
                exec(http(action + " · page").get("/login").check(status().is(200),
                        regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf"))),
                exec(http(action + " · post").post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocation().transform(l -> !l.contains("login")).is(true))));
    }

    private static final AtomicInteger NEXT_CITIZEN = new AtomicInteger();

    private static Iterator<Map<String, Object>> citizens() {
        return Stream.generate(() -> Map.<String, Object>of("username",
                "last-%04d".formatted(1 + NEXT_CITIZEN.getAndIncrement() % CITIZENS))).iterator();
    }

    private static final String COMPANION = "Ledsager til læge";
    private static final String LIST = "kommune/" + MUNICIPALITY + "/leverandoerer";

    /** (a) Landing page, the comparison list with two filter changes, a provider's page, two side by side. */
    private final ScenarioBuilder compare = scenario("a compare providers").exec(
            open("a1 landing page", "kommune/" + MUNICIPALITY, "", heading(da("landing.title"))),
            think(),
            group("a2 comparison list").on(uidl("a2 comparison list", ui -> ui.follow(h -> h.startsWith(LIST)),
                    heading(da("providers.title")))),
            exec(session -> {
                // The provider pages the list links to, for the side-by-side view later.
                var ids = ui(session).all("a", n -> n.attribute("href") != null && n.attribute("href").startsWith(LIST + "/"))
                        .stream().map(n -> n.attribute("href").substring(LIST.length() + 1).split("\\?")[0]).distinct().limit(2).toList();
                ui(session).remember("compareIds", String.join(",", ids));
                return session;
            }),
            think(),
            action("a3 filter: room for new citizens", ui -> ui.change(
                            ui.first("vaadin-checkbox", n -> da("compare.accepting").equals(n.property("label"))), "checked",
                            VaadinUi.value(true), "checked-changed", "the 'room for new citizens' box"),
                    ui -> ui.first(null, n -> "result-count".equals(n.attribute("id"))).isPresent() ? null : "no result count"),
            think(),
            action("a4 filter: sort by satisfaction", ui -> ui.change(
                            ui.first("vaadin-select", n -> da("compare.sort").equals(n.property("label"))), "value",
                            VaadinUi.value("2"), "value-changed", "the sort order"),
                    ui -> ui.first(null, n -> "result-count".equals(n.attribute("id"))).isPresent() ? null : "no result count"),
            think(),
            action("a5 provider page", ui -> ui.follow(h -> h.startsWith(LIST + "/")), ui -> ui.all("h1", n -> true).isEmpty() ? "no heading" : null),
            think(),
            action("a6 side by side", ui -> ui.navigate("kommune/" + MUNICIPALITY + "/sammenlign", "ids=" + ui.recall("compareIds")),
                    ui -> ui.all("h1", n -> true).isEmpty() ? "no heading" : null));

    /** (b) Log in, Min hjælp, open a switch and go back without confirming it. */
    private final ScenarioBuilder mySwitch = scenario("b switch opened and cancelled").feed(citizens()).exec(
            login("b1 log in"),
            think(),
            open("b2 Min hjælp", "min-hjaelp", "", heading(da("my-help.title"))),
            think(),
            action("b3 open a switch", ui -> ui.click(ui.first("vaadin-button",
                            n -> ui.text(n.id()).startsWith(da("my-help.switch"))), "the switch button"),
                    ui -> ui.first(null, n -> "provider-choice".equals(n.attribute("id"))).isPresent()
                            || ui.first(null, n -> "back-to-my-help".equals(n.attribute("id"))).isPresent() ? null : "no switch page"),
            think(),
            action("b4 cancel the switch", ui -> ui.follow(h -> h.startsWith("min-hjaelp?")), heading(da("my-help.title"))));

    /** (c) Log in, search the add-on catalogue, add an add-on to the cart, order it on the invoice. */
    private final ScenarioBuilder order = scenario("c add-on ordered by invoice").feed(citizens()).exec(
            login("c1 log in"),
            think(),
            open("c2 add-on catalogue", "tilkoeb", "", ui -> ui.hasText("h1", da("addons.title")) ? null : "no catalogue"),
            think(),
            action("c3 search: companion", ui -> ui.change(
                            ui.first("vaadin-select", n -> da("addons.filter.category").equals(n.property("label"))), "value",
                            // The categories in the order of AddOnCategory: COMPANION is the fifth.
                            VaadinUi.value("5"), "value-changed", "the category"),
                    ui -> ui.first("a", n -> n.attribute("href") != null && n.attribute("href").startsWith("tilkoeb/ydelse/")).isPresent()
                            ? null : "no add-ons found"),
            think(),
            action("c4 open an add-on", ui -> ui.follow(h -> h.startsWith("tilkoeb/ydelse/")
                            && ui.first("a", n -> h.equals(n.attribute("href")) && ui.text(n.id()).startsWith(COMPANION)).isPresent()),
                    ui -> ui.hasText("vaadin-button", da("addons.add-to-cart")) ? null : "no add-to-cart button"),
            think(),
            action("c5 add to cart", ui -> ui.click(ui.first("vaadin-button",
                            n -> ui.text(n.id()).startsWith(da("addons.add-to-cart"))), "the add-to-cart button"),
                    ui -> ui.first("select", n -> n.attribute("id") != null && n.attribute("id").startsWith("day-select")).isPresent()
                            ? null : "no cart with days"),
            think(),
            action("c6 choose a day", ui -> {
                        var select = ui.first("select", n -> n.attribute("id") != null && n.attribute("id").startsWith("day-select"));
                        var days = select.map(s -> ui.under(s.id(), "option").stream()
                                .filter(o -> o.attribute("value") != null && !o.attribute("value").isEmpty()).toList()).orElse(List.of());
                        String day = days.isEmpty() ? "" : days.get(ThreadLocalRandom.current().nextInt(days.size())).attribute("value");
                        return ui.change(select, "value", VaadinUi.value(day), "change", "the day list");
                    }, ui -> null),
            think(),
            action("c7 choose a time", ui -> {
                        var group = ui.first("vaadin-radio-group", n -> da("cart.window").equals(n.property("label")));
                        var windows = group.map(g -> ui.under(g.id(), "vaadin-radio-button")).orElse(List.of());
                        String window = windows.isEmpty() ? "" : windows.get(ThreadLocalRandom.current().nextInt(windows.size())).property("value");
                        return ui.change(group, "value", VaadinUi.value(window), "value-changed", "the time windows");
                    }, ui -> null),
            action("c8 order by invoice", ui -> ui.click(ui.first("vaadin-button", n -> da("cart.order").equals(ui.text(n.id()))),
                            "the order button"),
                    ui -> ui.hasText(null, da("cart.thanks")) ? null : "no thanks for the order"));

    {
        int a = Math.max(1, USERS / 2);
        int b = Math.max(1, USERS / 4);
        int c = Math.max(1, USERS - a - b);
        setUp(
                compare.injectClosed(rampConcurrentUsers(0).to(a).during(RAMP), constantConcurrentUsers(a).during(HOLD)),
                mySwitch.injectClosed(rampConcurrentUsers(0).to(b).during(RAMP), constantConcurrentUsers(b).during(HOLD)),
                order.injectClosed(rampConcurrentUsers(0).to(c).during(RAMP), constantConcurrentUsers(c).during(HOLD)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
