package dk.fritvalg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal over real HTTP as a browser (or an attacker's script) meets it: the login form's CSRF token, the
 * security headers on pages, HTTPS behind a proxy, the health endpoint, and a burst of wrong passwords.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SecurityHttpTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void forgetAttempts() {
        // Every request here comes from 127.0.0.1: leave the address's count as other tests expect it.
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void theLoginFormPostsARealCsrfTokenAndALoginWithoutOneIsRefused() throws Exception {
        Browser attacker = new Browser();
        attacker.get("login");
        HttpResponse<String> forged = attacker.post("login", "username=borger&password=frit-valg-demo");
        assertThat(location(forged)).doesNotEndWith("/").doesNotContain("error");
        assertThat(location(attacker.get("min-hjaelp"))).as("not logged in").endsWith("/login");

        Browser citizen = new Browser();
        String token = csrfToken(citizen.get("login").body());
        HttpResponse<String> login = citizen.post("login", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&username=borger&password=frit-valg-demo");
        assertThat(location(login)).isEqualTo(url(""));
        assertThat(citizen.get("min-hjaelp").statusCode()).isEqualTo(200);
    }

    @Test
    void thirtyWrongPasswordsAtOnceOverHttpGiveNoServerError() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            CyclicBarrier together = new CyclicBarrier(30);
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    Browser browser = new Browser();
                    String token = csrfToken(browser.get("login").body());
                    together.await(60, TimeUnit.SECONDS);
                    return browser.post("login", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                            + "&username=medarbejder&password=wrong-" + n);
                }));
            }
            for (Future<HttpResponse<String>> result : results) {
                HttpResponse<String> response = result.get(180, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(302);
                assertThat(location(response)).isEqualTo(url("login?error"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pagesCarryAContentSecurityPolicyAPermissionsPolicyAndAReferrerPolicy() throws Exception {
        for (String path : List.of("kommune/0710", "login")) {
            HttpResponse<String> page = new Browser().get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                    "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'");
            assertThat(page.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p ->
                    assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void behindAProxyThatEndsHttpsTheBrowserGetsHstsAndSecureCookies() throws Exception {
        HttpResponse<String> plain = new Browser().get("login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> viaProxy = new Browser().send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.23").GET());
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        assertThat(viaProxy.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure"));
    }

    @Test
    void anonymousHealthSaysOnlyUpOrDownAndTheAdministratorSeesTheParts() throws Exception {
        String anonymous = new Browser().get("actuator/health").body();
        assertThat(anonymous).contains("\"status\":\"UP\"").doesNotContain("components", "details", "MariaDB", "db");

        Browser citizen = new Browser();
        citizen.login("borger");
        assertThat(citizen.get("actuator/health").body()).doesNotContain("components", "details");

        Browser admin = new Browser();
        admin.login("admin");
        assertThat(admin.get("actuator/health").body()).contains("\"components\"", "\"db\"", "\"details\"", "MariaDB",
                "\"outbox\"", "oldestAgeSeconds");
    }

    @Test
    void theOutboxMetricIsForTheAdministratorOnly() throws Exception {
        HttpResponse<String> anonymous = new Browser().get("actuator/metrics/fritvalg.outbox.oldest.age");
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("fritvalg.outbox");

        Browser citizen = new Browser();
        citizen.login("borger");
        HttpResponse<String> refused = citizen.get("actuator/metrics/fritvalg.outbox.oldest.age");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("measurements");

        Browser admin = new Browser();
        admin.login("admin");
        HttpResponse<String> metric = admin.get("actuator/metrics/fritvalg.outbox.oldest.age");
        assertThat(metric.statusCode()).isEqualTo(200);
        assertThat(metric.body()).contains("\"name\":\"fritvalg.outbox.oldest.age\"", "\"measurements\"");
    }

    @Test
    void aSessionEndsAfterThirtyMinutesWithoutUserActionEvenWithTheTabOpen() throws Exception {
        Browser citizen = new Browser();
        citizen.login("borger");
        try {
            later(Duration.ofMinutes(20));
            citizen.heartbeat();
            later(Duration.ofMinutes(9));
            assertThat(citizen.get("min-hjaelp").statusCode()).as("29 minutes: still logged in").isEqualTo(200);

            later(Duration.ofMinutes(25));
            citizen.heartbeat();
            assertThat(citizen.get("min-hjaelp").statusCode()).as("the page load is a user action").isEqualTo(200);
            for (int i = 0; i < 7; i++) {
                later(Duration.ofMinutes(5));
                citizen.heartbeat();
            }
            assertThat(location(citizen.get("min-hjaelp"))).as("35 minutes of heartbeats only: logged out").endsWith("/login");
        } finally {
            TestClock.reset();
        }
    }

    private static void later(Duration by) {
        TestClock.setTo(ZonedDateTime.now(TimeConfiguration.DANISH_TIME).plus(TestClock.shift()).plus(by));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("").replaceAll(";jsessionid=[^?]*", "");
    }

    private static String csrfToken(String page) {
        Matcher m = CSRF_META.matcher(page);
        assertThat(m.find()).as("the page has a CSRF token for its forms").isTrue();
        return m.group(1);
    }

    /** One browser: its own cookies, no redirects followed. */
    private class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** What an open Vaadin tab sends every few minutes. */
        void heartbeat() throws Exception {
            send(HttpRequest.newBuilder(URI.create(url("?v-r=heartbeat&v-uiId=0"))).POST(HttpRequest.BodyPublishers.noBody()));
        }

        void login(String username) throws Exception {
            String token = csrfToken(get("login").body());
            HttpResponse<String> response = post("login", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                    + "&username=" + username + "&password=frit-valg-demo");
            assertThat(location(response)).isEqualTo(url(""));
        }
    }
}
