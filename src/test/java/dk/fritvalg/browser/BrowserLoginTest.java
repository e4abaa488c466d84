package dk.fritvalg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real thing in a real Chromium: the page's language, the keyboard skip link, and a form login
 * through Spring Security (CSRF, bcrypt, session) landing on the citizen's home.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserLoginTest {

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                        "--no-first-run", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    @Test
    void theLandingPageIsDanishAndSwitchesToEnglish() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("kommune/0710"));
            assertThat(page.locator("html")).hasAttribute("lang", "da");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Frit valg i Favrskov Kommune");
            page.getByText("English").click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Free choice in Favrskov Municipality");
        }
    }

    @Test
    void theSkipLinkIsTheFirstThingTheKeyboardReaches() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("kommune/0710"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            page.keyboard().press("Tab");
            assertThat(page.locator(".skip-link")).isFocused();
            assertThat(page.locator("main#main-content")).isVisible();
        }
    }

    @Test
    void aCitizenLogsInWithTheFormAndSeesTheirHelp() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("min-hjaelp"));
            assertThat(page).hasURL(url("login"));
            page.getByLabel("Brugernavn").fill("borger");
            page.getByLabel("Adgangskode").fill("frit-valg-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Min hjælp");
            assertThat(page.getByText("Omsorgsgruppen Midt ApS").first()).isVisible();
        }
    }

    @Test
    void aWrongPasswordShowsADanishError() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            page.getByLabel("Brugernavn").fill("medarbejder");
            page.getByLabel("Adgangskode").fill("forkert");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind").setExact(true)).click();
            assertThat(page.getByText("Forkert brugernavn eller adgangskode")).isVisible();
        }
    }
}
