package dk.fritvalg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live heap per open page on the production jar: the jar is started with {@code java -jar} (profile demo) on the test
 * MariaDB (schema {@code fritvalg_memory}); for each public and citizen page N sessions are opened the way a browser opens
 * them (the page, the {@code ?v-r=init} request, then the {@code ui-navigate} UIDL event; a citizen logs in first), and the
 * live heap is read before and after with {@code jcmd GC.class_histogram} (which runs a full GC first). Prints KB per
 * session and the classes that grew most.
 *
 * <pre>
 * ./mvnw -Pproduction package -DskipTests
 * ./mvnw test -Dtest=SessionMemoryBenchmark -Dmemory.sessions=50
 * </pre>
 */
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("memory.sessions", 50);
    private static final String SCHEMA = System.getProperty("memory.schema", "fritvalg_memory");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");
    private static final Pattern TOTAL = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)");

    private static Process portal;
    private static int port;
    private static Path log;

    @BeforeAll
    static void startJar() throws Exception {
        Path jar;
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            jar = Path.of(System.getProperty("memory.jar", jars.filter(p -> p.getFileName().toString().matches("frit-valg-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no jar: run ./mvnw -Pproduction package -DskipTests first"))
                    .toString()));
        }
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "")) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + SCHEMA);
            connection.createStatement().execute("CREATE DATABASE " + SCHEMA);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = Files.createTempFile("memory-benchmark", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString());
        builder.environment().putAll(Map.of("SPRING_PROFILES_ACTIVE", "demo",
                "SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:3306/" + SCHEMA,
                "SPRING_DATASOURCE_USERNAME", "root", "SPRING_DATASOURCE_PASSWORD", "",
                "PORT", Integer.toString(port), "SPRING_MAIL_PORT", "2599"));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        portal = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains("Demo logins ready")) {
                try {
                    if (client.send(HttpRequest.newBuilder(URI.create(url("actuator/health"))).build(),
                            HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
            }
            assertThat(portal.isAlive()).as("the portal is running (log: " + log + ")").isTrue();
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the portal did not start: " + log);
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.destroy();
            portal.waitFor();
        }
    }

    private static String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    @Test
    void liveHeapPerSession() throws Exception {
        System.out.printf("%nLive heap per session, %d sessions per page, production jar, load average %s%n", SESSIONS, loadAverage());
        List<String[]> pages = List.of(
                new String[] {"", ""}, new String[] {"kommune/0710", ""}, new String[] {"kommune/0710/leverandoerer", ""},
                new String[] {"kommune/0710/leverandoerer/7", "omraade=PERSONAL_CARE"},
                new String[] {"kommune/0710/sammenlign", "ids=7,8&omraade=PERSONAL_CARE"},
                new String[] {"min-hjaelp", "", "borger"}, new String[] {"tilkoeb", "", "borger"},
                new String[] {"tilkoeb/kurv", "", "borger"}, new String[] {"tilkoeb/bestillinger", "", "borger"},
                new String[] {"beskeder", "", "borger"}, new String[] {"min-hjaelp/historik", "", "borger"});
        // A first session of each page loads classes and caches once, outside the measurement.
        for (String[] page : pages) {
            open(page);
        }
        Map<String, Long> perSession = new java.util.LinkedHashMap<>();
        for (String[] page : pages) {
            Map<String, long[]> before = histogram();
            List<HttpClient> open = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                open.add(open(page));
            }
            Map<String, long[]> after = histogram();
            long bytes = (after.get("Total")[1] - before.get("Total")[1]) / SESSIONS;
            String name = page[0] + (page[1].isEmpty() ? "" : "?" + page[1]) + (page.length > 2 ? " (logged in as " + page[2] + ")" : "");
            perSession.put(name, bytes);
            System.out.printf("%n%-70s %6d KB per session%n", name, bytes / 1024);
            after.entrySet().stream().filter(e -> !e.getKey().equals("Total"))
                    .map(e -> Map.entry(e.getKey(), e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                    .forEach(e -> System.out.printf("    %8d B  %s%n", e.getValue() / SESSIONS, e.getKey()));
            open.clear();
        }
        System.out.printf("%nSummary (KB per session; goals: comparison list <= 100, landing page <= 60), load average %s%n", loadAverage());
        perSession.forEach((page, bytes) -> System.out.printf("  %-70s %6d%n", page, bytes / 1024));
    }

    /** One session: (log in,) the page, the init request, the ui-navigate event. The client keeps the session's cookie. */
    private static HttpClient open(String[] page) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        if (page.length > 2) {
            String login = get(client, "login");
            Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).isTrue();
            HttpResponse<String> done = client.send(HttpRequest.newBuilder(URI.create(url("login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + page[2] + "&password=frit-valg-demo&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(done.uri().getPath()).as("logged in").doesNotContain("login");
        }
        get(client, page[0] + (page[1].isEmpty() ? "" : "?" + page[1]));
        String init = get(client, "?v-r=init&location=" + URLEncoder.encode(page[0], StandardCharsets.UTF_8)
                + "&query=" + URLEncoder.encode(page[1], StandardCharsets.UTF_8));
        String uiId = find(init, "\"v-uiId\":(\\d+)");
        String csrf = find(init, "\"Vaadin-Security-Key\":\"([^\"]+)\"");
        String syncId = find(init, "\"syncId\":(\\d+)");
        String message = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{"
                + "\"route\":\"" + page[0] + "\",\"query\":\"" + page[1] + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":0}";
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url("?v-r=uidl&v-uiId=" + uiId)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(message)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).as(page[0]).contains("\"changes\"").doesNotContain("appError");
        return client;
    }

    private static String get(HttpClient client, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }

    /** Live objects per class after a full GC: count and bytes; "Total" for the whole heap. */
    private static Map<String, long[]> histogram() throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(portal.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Map<String, long[]> classes = new HashMap<>();
        for (String line : out.split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.matches()) {
                classes.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
            }
            Matcher total = TOTAL.matcher(line);
            if (total.find()) {
                classes.put("Total", new long[] {Long.parseLong(total.group(1)), Long.parseLong(total.group(2))});
            }
        }
        assertThat(classes).as("jcmd answered: " + out.substring(0, Math.min(200, out.length()))).containsKey("Total");
        return classes;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
