package dk.fritvalg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dk.fritvalg.support.PortalProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo a new user starts with the README's first command ({@code ./mvnw spring-boot:run}: a JVM of its own with
 * the plugin's arguments from pom.xml) looks like the portal citizens get: Vaadin's production mode, no "App is
 * running in development mode" popup over the links, no Copilot toolbar in the Tab order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoStartBrowserTest {

    private PortalProcess portal;
    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        portal = PortalProcess.in(Files.createTempDirectory("fritvalg-demo-"));
        portal.start();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (portal != null) {
            portal.destroy();
        }
    }

    @Test
    void landingPageHasNoDeveloperToolsAndTabReachesTheLinks() {
        assertThat(portal.logOfThisStart()).doesNotContain("Starting dev-mode updaters", "DevModeStartupListener");
        Page page = browser.newPage();
        List<String> scripts = new ArrayList<>();
        page.onResponse(response -> collectScript(response, scripts));
        page.navigate(portal.url(""));
        Locator login = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind"));
        Locator english = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"));
        login.waitFor();
        page.waitForLoadState();

        assertThat(page.locator("vaadin-dev-tools, copilot-main, vaadin-dev-tools-popup").count()).isZero();
        assertThat(page.content()).doesNotContainIgnoringCase("development mode").doesNotContainIgnoringCase("copilot");
        assertThat(scripts).as("scripts served").noneMatch(url -> url.contains("VAADIN/dev-tools") || url.contains("copilot"));
        // Nothing covers the links: a trial click fails when another element would receive it.
        english.click(new Locator.ClickOptions().setTrial(true).setTimeout(5000));
        login.click(new Locator.ClickOptions().setTrial(true).setTimeout(5000));

        List<String> focused = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            page.keyboard().press("Tab");
            focused.add((String) page.evaluate("() => { let e = document.activeElement;"
                    + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }"
                    + " return (e ? e.tagName : '') + ' ' + (e && e.textContent ? e.textContent.trim().slice(0, 40) : ''); }"));
        }
        assertThat(focused).as("what Tab reaches").anyMatch(f -> f.contains("Log ind"))
                .noneMatch(f -> f.toLowerCase().contains("copilot") || f.toLowerCase().contains("dev-tools"));
    }

    /** In production mode too, a refusal and an unknown address are the portal's Danish pages, never a list of routes. */
    @Test
    void aCitizenAtAStaffAddressOrAnUnknownOneGetsTheDanishPagesInProductionMode() {
        Page page = browser.newPage();
        page.navigate(portal.url("login"));
        page.getByLabel("Brugernavn").fill("borger");
        page.getByLabel("Adgangskode").fill("frit-valg-demo");
        page.keyboard().press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        PlaywrightAssertions.assertThat(heading).hasText("Min hjælp");

        page.navigate(portal.url("forvaltning/skift"));
        PlaywrightAssertions.assertThat(heading).hasText("Du har ikke adgang");
        assertThat(page.locator("body").innerText()).doesNotContain("Could not navigate", "forvaltning/fuldmagter", "Access");

        page.navigate(portal.url("forvaltning/findes-ikke"));
        PlaywrightAssertions.assertThat(heading).hasText("Siden findes ikke");
        assertThat(page.locator("body").innerText()).doesNotContain("Could not navigate", "forvaltning/fuldmagter", "Available routes");
    }

    private static void collectScript(Response response, List<String> scripts) {
        if ("script".equals(response.request().resourceType())) {
            scripts.add(response.url());
        }
    }
}
