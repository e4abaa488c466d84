package dk.fritvalg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.notification.Notifications;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.security.UserAccountService.NewUser;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.support.TestMailServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen gives her daughter a power of attorney with the keyboard alone (Tab to each field, typing, the arrow keys
 * in the choice of scope, Enter and Space), and the daughter accepts it on her own login the same way; axe-core checks
 * every page on the way, and "Mine beskeder" and the staff's letters page as well.
 */
class PowerOfAttorneyBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browser-poa-password-42";

    @Autowired
    CitizenFixture fixture;
    @Autowired
    UserAccountService users;
    @Autowired
    CprHasher cprHasher;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void patience() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        TestMailServer.get();
    }

    private Page login(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(url("login"));
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill(PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
        assertThat(heading(page).first()).isVisible();
        return page;
    }

    @Test
    void aCitizenGivesHerDaughterAPowerAndTheDaughterAcceptsItWithTheKeyboardOnly() {
        long karen = fixture.citizen("0710", "8370", null);
        String karenName = jdbc.queryForObject("SELECT CONCAT(first_name, ' ', last_name) FROM citizen WHERE id = ?", String.class, karen);
        String karenLogin = "browser-poa-citizen-" + karen;
        users.createOrUpdate(new NewUser(karenLogin, PASSWORD, karenName, Role.CITIZEN, null, fixture.municipalityId("0710"), null, karen,
                null, null));
        String metteCpr = CitizenFixture.newCpr();
        long mette = fixture.relative(metteCpr, "Mette", "Datter", null);
        String metteLogin = "browser-poa-relative-" + mette;
        users.createOrUpdate(new NewUser(metteLogin, PASSWORD, "Mette Datter", Role.RELATIVE, null, null, null, null, mette,
                cprHasher.hash(metteCpr)));

        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, karenLogin);
            tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Giv fuldmagt")));
            page.keyboard().press("Enter");
            assertThat(heading(page)).hasText("Giv en pårørende fuldmagt");
            assertAccessible(page);

            tabTo(page, page.getByLabel("Den pårørendes CPR-nummer"));
            page.keyboard().type(metteCpr);
            tabTo(page, page.getByLabel("Den pårørendes fornavn"));
            page.keyboard().type("Mette");
            tabTo(page, page.getByLabel("Den pårørendes efternavn"));
            page.keyboard().type("Datter");
            Locator view = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("At se din hjælp"));
            Locator act = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(
                    "At se og handle for dig (vælge og skifte leverandør, bestille ekstra hjælp)"));
            tabTo(page, view);
            page.keyboard().press("Space");
            assertThat(view).isChecked();
            page.keyboard().press("ArrowDown");
            assertThat(act).isChecked();
            tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giv fuldmagt")));
            page.keyboard().press("Enter");

            assertThat(page.locator("p.success")).hasText(
                    "Fuldmagten til Mette Datter er givet. Den gælder, når Mette Datter har taget imod den.");
            assertThat(page.locator("#given-powers")).containsText("Venter på svar");
            assertAccessible(page);
        }

        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, metteLogin);
            assertThat(heading(page)).hasText("Fuldmagter");
            assertThat(page.locator("#waiting-powers")).containsText(karenName + " vil give dig fuldmagt til at se og handle.");
            assertAccessible(page);
            tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tag imod fuldmagten fra " + karenName)));
            page.keyboard().press("Space");
            assertThat(page.locator("p.success")).hasText("Du har taget imod fuldmagten fra " + karenName + ".");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(karenName))).isVisible();
            assertAccessible(page);

            // her own messages, the one about the power among them
            tabTo(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine beskeder")));
            page.keyboard().press("Enter");
            assertThat(heading(page)).hasText("Mine beskeder");
            assertThat(page.locator("#notices")).containsText("Mette Datter har taget imod fuldmagten fra " + karenName);
            assertAccessible(page);
        }
    }

    @Test
    void mineBeskederAndTheLettersPageMeetWcag21AA() {
        long ingrid = fixture.citizen("0710", "8370", null);
        String login = "browser-notices-" + ingrid;
        users.createOrUpdate(new NewUser(login, PASSWORD, "Ingrid", Role.CITIZEN, null, fixture.municipalityId("0710"), null, ingrid,
                null, null));
        tx.executeWithoutResult(s -> notifications.toCitizen(ingrid, "test", "browser-notice-" + ingrid, "Ingrid"));

        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, login);
            page.navigate(url("beskeder"));
            assertThat(heading(page)).hasText("Mine beskeder");
            Locator notice = page.locator("vaadin-details").first();
            assertThat(notice).containsText("Test af mail til Ingrid");
            tabTo(page, notice);
            page.keyboard().press("Enter");
            assertThat(notice).containsText("Hej Ingrid");
            assertAccessible(page);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("login"));
            page.getByLabel("Brugernavn").fill("medarbejder");
            page.getByLabel("Adgangskode").fill("frit-valg-demo");
            page.keyboard().press("Enter");
            page.waitForURL(address -> !address.contains("/login"));
            page.navigate(url("forvaltning/breve"));
            assertThat(heading(page)).hasText("Breve til print");
            assertAccessible(page);
        }
    }
}
