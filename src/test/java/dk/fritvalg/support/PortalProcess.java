package dk.fritvalg.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The portal as a person starts it with {@code ./mvnw spring-boot:run}: a separate JVM with the demo profile, the
 * JVM arguments of the spring-boot-maven-plugin in {@code pom.xml}, no external database (so the embedded MariaDB),
 * working in a folder of its own. Stopped with SIGTERM, as Ctrl+C or a service manager stops it.
 */
public final class PortalProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String MAIN_CLASS = "dk.fritvalg.FritValgApplication";

    private final Path workDir;
    private final Path log;
    private final int httpPort;
    private final int databasePort;
    private Process process;
    private int starts;

    private PortalProcess(Path workDir, int httpPort, int databasePort) {
        this.workDir = workDir;
        this.log = workDir.resolve("portal.log");
        this.httpPort = httpPort;
        this.databasePort = databasePort;
    }

    /** A portal that will work in {@code workDir} (its data in {@code workDir/data/mariadb}), not yet started. */
    public static PortalProcess in(Path workDir) {
        return new PortalProcess(workDir, freePort(), freePort());
    }

    public int httpPort() {
        return httpPort;
    }

    public int databasePort() {
        return databasePort;
    }

    public Path workDir() {
        return workDir;
    }

    public String url(String path) {
        return "http://localhost:" + httpPort + "/" + path;
    }

    /** Starts the portal and waits until it is ready for traffic (catalogue and demo data loaded). */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(runJvmArguments());
        command.add("-cp");
        command.add(applicationClassPath());
        command.add(MAIN_CLASS);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("FRITVALG_"));
        env.put("SPRING_PROFILES_ACTIVE", "demo");
        env.put("PORT", Integer.toString(httpPort));
        env.put("FRITVALG_CATALOGUE_PATH", Path.of("catalogue").toAbsolutePath().toString());
        env.put("FRITVALG_DATABASE_EMBEDDED_PORT", Integer.toString(databasePort));
        try {
            Files.writeString(log, "=== start " + (++starts) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    /** Sends SIGTERM and waits for the JVM to end; returns how long the stop took. */
    public Duration stop() {
        long began = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("The portal did not stop within 2 minutes of SIGTERM:\n" + logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** Stops whatever is still running (also a database left behind) and removes the working folder. */
    public void destroy() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        Path pidFile = workDir.resolve("data/mariadb/mariadbd.pid");
        try {
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(ProcessHandle::destroyForcibly);
            }
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        } catch (IOException | NumberFormatException e) {
            // Only a temporary folder left behind.
        }
    }

    /** Everything the portal printed so far, over all its starts. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the portal printed since its last start. */
    public String logOfThisStart() {
        String all = log();
        return all.substring(all.lastIndexOf("=== start "));
    }

    private String logTail() {
        String all = log();
        return all.substring(Math.max(0, all.length() - 6000));
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url("actuator/health/readiness")))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The portal ended while starting:\n" + logTail());
            }
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("The portal was not ready within " + START_TIMEOUT + ":\n" + logTail());
    }

    /** The JVM arguments {@code ./mvnw spring-boot:run} gives the portal, read from pom.xml with its properties. */
    static List<String> runJvmArguments() {
        String pom = pom();
        Matcher arguments = Pattern.compile("<jvmArguments>([^<]*)</jvmArguments>").matcher(pom);
        if (!arguments.find()) {
            return List.of();
        }
        Matcher property = Pattern.compile("\\$\\{([^}]+)}").matcher(arguments.group(1));
        String resolved = property.replaceAll(m -> {
            Matcher value = Pattern.compile("<" + Pattern.quote(m.group(1)) + ">([^<]*)</").matcher(pom);
            return Matcher.quoteReplacement(value.find() ? value.group(1) : m.group());
        });
        return Arrays.stream(resolved.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The application's class path as surefire has it, without the test classes, plus the plugin's additional class
     * path elements from pom.xml (Vaadin's pre-built bundle): as spring-boot:run runs it.
     */
    private static String applicationClassPath() {
        Stream<String> additional = Pattern.compile("<additionalClasspathElement>\\$\\{project.build.directory}/([^<]*)<")
                .matcher(pom()).results()
                .map(m -> Path.of("target", m.group(1)).toAbsolutePath().toString());
        return Stream.concat(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .filter(entry -> !Path.of(entry).endsWith("test-classes")), additional)
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String pom() {
        try {
            return Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
