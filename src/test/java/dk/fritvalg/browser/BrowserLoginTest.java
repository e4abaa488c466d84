package dk.fritvalg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The real thing in a real Chromium: the page's language, the keyboard skip link, and a form login
 * through Spring Security (CSRF, bcrypt, session) landing on the citizen's home.
 */
class BrowserLoginTest extends BrowserTest {

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
