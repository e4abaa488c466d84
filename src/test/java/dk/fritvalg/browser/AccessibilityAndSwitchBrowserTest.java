package dk.fritvalg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import dk.fritvalg.citizen.SwitchService;
import dk.fritvalg.support.TestMailServer;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
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
    @Autowired
    SwitchService switches;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void patience() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        TestMailServer.get();
    }

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
            Page sideBySide = open(context, "kommune/0710/sammenlign?ids=" + provider + "," + fixture.provider("favrskov-hjemmepleje"));
            assertAccessible(sideBySide);
            // Rows easy to follow: a line under every row, and row headers set to the left like the text they name.
            Locator rowHeader = sideBySide.locator("table.compare-table tbody th").first();
            org.assertj.core.api.Assertions.assertThat(rowHeader.evaluate("e => getComputedStyle(e).textAlign")).isIn("left", "start");
            org.assertj.core.api.Assertions.assertThat(rowHeader.evaluate("e => getComputedStyle(e).borderBottomStyle")).isEqualTo("solid");
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
        // The provider's own pages.
        try (var context = browser.newContext()) {
            Page page = login(context, "leverandoer", "frit-valg-demo");
            page.navigate(url("leverandoer"));
            assertThat(heading(page)).hasText("Omsorgsgruppen Midt ApS");
            assertAccessible(page);
        }
    }

    @Test
    void staffApproveASwitchFromTheQueueWithTheKeyboardOnly() {
        long citizen = fixture.citizen("0621", "6000", null);
        long area = fixture.area("0621", ServiceAreaKind.PRACTICAL_HELP);
        fixture.grant(citizen, area, fixture.provider("kolding-hjemmepleje"));
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, fixture.municipalityId("0621")));
        switches.request(citizen, area, fixture.provider("kolding-fjordhjertet"));
        SecurityContextHolder.clearContext();
        String name = jdbc.queryForObject("SELECT CONCAT(first_name, ' ', last_name) FROM citizen WHERE id = ?", String.class, citizen);

        try (var context = browser.newContext()) {
            Page page = login(context, "kolding-medarbejder", "frit-valg-demo");
            page.navigate(url("forvaltning/skift"));
            assertThat(heading(page)).hasText("Skift til godkendelse");
            assertThat(page.locator("main")).containsText("Tryk på Afgør ud for en anmodning");
            Locator decide = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afgør skift for " + name + ": Praktisk hjælp"));
            assertThat(decide).isVisible();
            assertAccessible(page);

            tabTo(page, decide);
            page.keyboard().press("Enter");
            assertThat(page.locator("#decision-heading")).hasText("Afgør skift for " + name + ": Praktisk hjælp");
            tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkend")));
            assertAccessible(page);
            page.keyboard().press("Enter");
            assertThat(page.locator("main .success")).containsText("er godkendt");
            assertThat(decide).hasCount(0);
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT status FROM switch_request WHERE citizen_id = ?", String.class, citizen)).isNotEqualTo("PENDING_APPROVAL");
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

            tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skift leverandør for Personlig pleje")));
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Skift leverandør: Personlig pleje");
            assertThat(page.locator("#effective-date")).containsText("Skiftet gælder fra");
            assertAccessible(page);

            // The link back and the confirm button do not touch.
            BoundingBox confirmBox = page.locator("#confirm-switch").boundingBox();
            BoundingBox backBox = page.locator("#back-to-my-help").boundingBox();
            boolean apart = backBox.x >= confirmBox.x + confirmBox.width + 12 || backBox.y >= confirmBox.y + confirmBox.height + 12;
            org.assertj.core.api.Assertions.assertThat(apart).as("space between Bekræft skift and Tilbage til Min hjælp").isTrue();

            tabTo(page, page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Omsorgsgruppen Midt ApS (privat)")));
            page.keyboard().press("Space");
            assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Omsorgsgruppen Midt ApS (privat)"))).isChecked();
            tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekræft skift")));
            page.keyboard().press("Enter");

            assertThat(page.locator("#switch-done")).containsText("Du skifter til Omsorgsgruppen Midt ApS");
            assertAccessible(page);
        }
    }
}
