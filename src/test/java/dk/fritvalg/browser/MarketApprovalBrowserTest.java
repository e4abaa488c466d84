package dk.fritvalg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.security.UserAccountService.NewUser;
import dk.fritvalg.shared.TimeConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In Chromium: a provider organisation (working in Kolding) applies for approval in a new municipality, answers every
 * requirement and uploads its bank guarantee; the procurement office assesses each requirement and approves the
 * application from a start date. Every page passes axe-core's WCAG 2.1 AA checks.
 */
class MarketApprovalBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browser-marked-42";

    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providers;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;

    private static void login(Page page, String url, String username) {
        page.navigate(url);
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill(PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aProviderAppliesAndStaffApprove() {
        // The machine that runs the suite may be busy: be patient rather than flaky.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        Municipality municipality = market.freshMunicipality();
        Map<String, Long> chain = providers.chain("Browser Omsorg ApS", Map.of("0621", Set.of("6000")));
        long organisation = jdbc.queryForObject("SELECT organisation_id FROM provider WHERE id = ?", Long.class, chain.get("0621"));
        String providerLogin = "browser-org-" + organisation;
        users.createOrUpdate(new NewUser(providerLogin, PASSWORD, "Bo Leverandør", Role.PROVIDER_ADMIN, "bo@example.dk", null,
                chain.get("0621"), null, null, null));
        String staffLogin = "browser-indkoeb-" + municipality.getCode();
        users.createOrUpdate(new NewUser(staffLogin, PASSWORD, "Ida Indkøber", Role.MUNICIPAL_PROCUREMENT, "ida@example.dk",
                municipality.getId(), null, null, null, null));

        try (var context = browser.newContext()) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            login(page, url("login"), providerLogin);
            page.navigate(url("leverandoer/ansoeg"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Søg om godkendelse");
            page.locator("#apply-municipality").click();
            page.getByRole(AriaRole.OPTION, named(municipality.getName())).click();
            page.getByRole(AriaRole.CHECKBOX, named("Praktisk hjælp")).check();
            assertThat(page.getByRole(AriaRole.HEADING, named("Krav for Praktisk hjælp"))).isVisible();
            page.locator("#apply-postcodes input").fill("8000, 8200");
            page.locator("#apply-capacity input").fill("30");
            List<com.microsoft.playwright.Locator> answers = page.locator("vaadin-text-area textarea").all();
            for (var answer : answers) {
                answer.fill("Ja, det opfylder vi.");
            }
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, named("Send ansøgning")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Ansøgning om godkendelse i " + municipality.getName() + " Kommune");
            assertThat(page.locator("#own-application-facts")).containsText("Til behandling");

            // The bank guarantee as a PDF, through the upload on the application's page.
            page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("bankgaranti.pdf", "application/pdf",
                    "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)));
            assertThat(page.locator("#own-feedback")).containsText("Bilaget bankgaranti.pdf er vedhæftet.");
            assertThat(page.getByText("bankgaranti.pdf (1 kB)")).isVisible();
            assertAccessible(page);
        }
        long id = jdbc.queryForObject("SELECT id FROM approval_application WHERE organisation_id = ? AND municipality_id = ?", Long.class,
                organisation, municipality.getId());
        List<Long> requirements = jdbc.queryForList("SELECT requirement_id FROM approval_answer WHERE application_id = ? ORDER BY id",
                Long.class, id);

        try (var context = browser.newContext()) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            login(page, url("login"), staffLogin);
            page.navigate(url("marked/ansoegninger"));
            assertThat(page.locator("#applications-count")).hasText("1 ansøgninger");
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, named("Browser Omsorg ApS")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ansøgning fra Browser Omsorg ApS");
            assertThat(page.getByRole(AriaRole.LINK, named("bankgaranti.pdf (1 kB)"))).isVisible();
            assertAccessible(page);
            for (long requirement : requirements) {
                page.locator("#assess-" + requirement).getByText("Opfyldt", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                        .click();
                page.locator("#save-assessment-" + requirement).click();
                assertThat(page.locator("section.requirement", new Page.LocatorOptions().setHas(page.locator("#assess-" + requirement))))
                        .containsText("Vurdering: Opfyldt");
            }
            LocalDate start = LocalDate.now(TimeConfiguration.DANISH_TIME).plusDays(10);
            page.locator("#start-date input").click();
            page.locator("#start-date input").pressSequentially(start.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            page.keyboard().press("Enter");
            page.getByRole(AriaRole.BUTTON, named("Godkend ansøgningen")).click();
            assertThat(page.locator("#review-feedback")).containsText("Ansøgningen er godkendt.");
            assertThat(page.locator("#application-facts")).containsText("Godkendt");
            assertAccessible(page);
            org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM provider_agreement a JOIN provider p ON p.id = a.provider_id
                    WHERE p.organisation_id = ? AND p.municipality_id = ? AND a.valid_from = ?""", Integer.class,
                    organisation, municipality.getId(), start)).isEqualTo(1);
        }
    }
}
