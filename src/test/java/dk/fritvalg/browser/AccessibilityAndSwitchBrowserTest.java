package dk.fritvalg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.security.UserAccountService.NewUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.1 AA checks (axe-core) on the pages citizens use, and a switch of provider done with the
 * keyboard alone, as someone who cannot use a mouse would.
 */
class AccessibilityAndSwitchBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browser-password-42";

    @Autowired
    CitizenFixture fixture;
    @Autowired
    UserAccountService users;

    private Page open(com.microsoft.playwright.BrowserContext context, String path) {
        Page page = context.newPage();
        page.navigate(url(path));
        // the login form brings its own level-1 title; any first heading will do here
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first()).isVisible();
        return page;
    }

    @Test
    void thePublicPagesMeetWcag21AA() {
        try (var context = browser.newContext()) {
            assertAccessible(open(context, "kommune/0710"));
            assertAccessible(open(context, "kommune/0710/leverandoerer"));
            long provider = fixture.provider("favrskov-omsorgsgruppen-midt");
            assertAccessible(open(context, "kommune/0710/leverandoerer/" + provider));
            assertAccessible(open(context, "kommune/0710/sammenlign?ids=" + provider + "," + fixture.provider("favrskov-hjemmepleje")));
            assertAccessible(open(context, "login"));
        }
    }

    @Test
    void theStaffPagesMeetWcag21AA() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            page.getByLabel("Brugernavn").fill("medarbejder");
            page.getByLabel("Adgangskode").fill("frit-valg-demo");
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            assertAccessible(page);
            for (String path : new String[] {"forvaltning/skift", "forvaltning/fuldmagter"}) {
                page.navigate(url(path));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
                assertAccessible(page);
            }
        }
    }

    @Test
    void aCitizenSwitchesProviderWithTheKeyboardOnly() {
        long citizen = fixture.citizen("0710", "8370", null);
        fixture.grant(citizen, fixture.area("0710", ServiceAreaKind.PERSONAL_CARE), fixture.provider("favrskov-hjemmepleje"));
        String username = "browser-citizen-" + citizen;
        users.createOrUpdate(new NewUser(username, PASSWORD, "Test", Role.CITIZEN, null, fixture.municipalityId("0710"), null,
                citizen, null, null));

        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            page.getByLabel("Brugernavn").fill(username);
            page.getByLabel("Adgangskode").fill(PASSWORD);
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Min hjælp");
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skift leverandør for Personlig pleje")).focus();
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Skift leverandør: Personlig pleje");
            assertThat(page.locator("#effective-date")).containsText("Skiftet gælder fra");
            assertAccessible(page);

            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Omsorgsgruppen Midt ApS (privat)")).focus();
            page.keyboard().press("Space");
            assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Omsorgsgruppen Midt ApS (privat)"))).isChecked();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekræft skift")).focus();
            page.keyboard().press("Enter");

            assertThat(page.locator("#switch-done")).containsText("Du skifter til Omsorgsgruppen Midt ApS");
            assertAccessible(page);
        }
    }
}
