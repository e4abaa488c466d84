package dk.fritvalg.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * The Chromium the browser tests drive. The rule (also in the README):
 * <ol>
 *   <li>{@code CHROMIUM_PATH}, when set, names the browser;</li>
 *   <li>else the system's Chromium or Chrome at the usual places ({@code /usr/bin/chromium}, …);</li>
 *   <li>else Playwright's own Chromium, which Playwright installs once into its cache (only Chromium, not the other
 *       browsers) unless {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} is set;</li>
 *   <li>else the tests fail with one line that says what to install.</li>
 * </ol>
 * Playwright never downloads browsers by itself at start-up.
 */
final class Chromium {

    static final List<String> SYSTEM_PATHS = List.of(
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
            "/snap/bin/chromium", "/Applications/Chromium.app/Contents/MacOS/Chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");

    static final String INSTALL_HINT = "Browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium;"
            + " macOS: brew install --cask chromium) or set CHROMIUM_PATH to a Chromium or Chrome";

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync");

    /** The decision, made once per JVM: a system browser, or Playwright's own (null), or the reason there is none. */
    private static Optional<Path> executable;
    private static String unavailable;

    private Chromium() {
    }

    /** Playwright without its start-up download of every browser. */
    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        choose().ifPresent(options::setExecutablePath);
        return playwright.chromium().launch(options);
    }

    /**
     * Registered on {@link BrowserTest}: decides before the Spring context starts, so that a machine without a browser
     * hears it at once.
     */
    static final class Check implements TestInstancePreConstructCallback {

        @Override
        public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
            choose();
        }
    }

    private static synchronized Optional<Path> choose() {
        if (unavailable != null) {
            throw new IllegalStateException(unavailable);
        }
        if (executable == null) {
            try {
                executable = find(System.getenv());
            } catch (IllegalStateException e) {
                unavailable = e.getMessage();
                throw e;
            }
        }
        return executable;
    }

    /** The system browser to use, or empty for Playwright's own (installed here if needed). */
    static Optional<Path> find(Map<String, String> env) {
        String configured = env.get("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (Files.isExecutable(path) && !Files.isDirectory(path)) {
                return Optional.of(path);
            }
        } else {
            Optional<Path> system = SYSTEM_PATHS.stream().map(Path::of)
                    .filter(path -> Files.isExecutable(path) && !Files.isDirectory(path)).findFirst();
            if (system.isPresent()) {
                return system;
            }
        }
        String skip = env.get("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD");
        String why = configured != null && !configured.isBlank()
                ? "CHROMIUM_PATH=" + configured + " is not a browser"
                : "no Chromium or Chrome found at " + SYSTEM_PATHS.getFirst() + " or the other usual places";
        if (skip != null && !skip.isBlank() && !skip.equals("0") && !skip.equalsIgnoreCase("false")) {
            throw new IllegalStateException(INSTALL_HINT + " (" + why + ", and PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD forbids"
                    + " Playwright's own).");
        }
        installPlaywrightChromium(why);
        return Optional.empty();
    }

    /** Playwright's documented CLI ({@code install chromium}) in a JVM of its own; a no-op when already installed. */
    private static void installPlaywrightChromium(String why) {
        Path log = Path.of("target", "playwright-install.log");
        try {
            Files.createDirectories(log.getParent());
            Process install = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "com.microsoft.playwright.CLI", "install", "chromium")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!install.waitFor(10, TimeUnit.MINUTES)) {
                install.destroyForcibly();
                throw new IllegalStateException(INSTALL_HINT + " (" + why + ", and Playwright's download of its own"
                        + " Chromium did not finish in 10 minutes: see " + log + ").");
            }
            if (install.exitValue() != 0) {
                throw new IllegalStateException(INSTALL_HINT + " (" + why + ", and Playwright could not download its own"
                        + " Chromium: see " + log + ").");
            }
        } catch (IOException e) {
            throw new IllegalStateException(INSTALL_HINT + " (" + why + ", and Playwright's installer did not run: "
                    + e.getMessage() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
