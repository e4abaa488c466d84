package dk.fritvalg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.notification.Channel;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.survey.SurveyCampaigns;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A citizen answers her letter's questionnaire with the keyboard alone (Tab, Space, Enter; the focus is never moved for
 * her), on the public page without logging in; axe-core checks the code page, a question and the last step.
 */
class SurveyAnswerBrowserTest extends BrowserTest {

    @Autowired
    SurveyCampaigns campaigns;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLetterIsAnsweredByItsCodeWithTheKeyboardAlone() {
        long favrskov = fixture.municipalityId("0710");
        long citizen = fixture.citizen("0710", "8370", null);
        long area = fixture.area("0710", ServiceAreaKind.PRACTICAL_HELP);
        fixture.grant(citizen, area, fixture.provider("favrskov-solsikken"));
        registry.registerCareSystemChannel(citizen, Channel.LETTER);
        CitizenFixture.actAs(new PortalUser(997_001, "indkoeb-browser", "Test", Role.MUNICIPAL_PROCUREMENT, favrskov, null, null, null, null,
                false));
        long campaignId = campaigns.create(new SurveyCampaigns.NewCampaign("Browsertest", "efteråret 2026", LocalDate.now(),
                LocalDate.now().plusDays(20), LocalDate.now(), Set.of(area), null, 7, 1));
        campaigns.sendInvitations(campaignId);
        SecurityContextHolder.clearContext();
        String code = jdbc.sql("SELECT answer_code FROM notice WHERE about_citizen_id = ? AND reference LIKE ?")
                .param(citizen).param("survey-" + campaignId + "-%").query(String.class).single();

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("svar"));
            // the first page of a fresh server can take a while on a loaded machine
            PlaywrightAssertions.assertThat(heading(page)).hasText("Svar på spørgeskema",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertAccessible(page);
            tabTo(page, page.getByLabel("Svarkode"));
            page.keyboard().type(code.toLowerCase());
            page.keyboard().press("Enter");
            PlaywrightAssertions.assertThat(heading(page)).hasText("Hvad synes du om din hjælp fra Solsikken Hjemmeservice ApS?");
            PlaywrightAssertions.assertThat(page.getByText("Trin 1 af 12")).isVisible();
            assertAccessible(page);

            tabTo(page, page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Meget tilfreds").setExact(true)));
            page.keyboard().press("Space");
            Locator next = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Næste"));
            tabTo(page, next);
            page.keyboard().press("Enter");
            PlaywrightAssertions.assertThat(page.getByText("Trin 2 af 12")).isVisible();
            for (int step = 2; step <= 11; step++) {
                tabTo(page, next);
                page.keyboard().press("Enter");
                PlaywrightAssertions.assertThat(page.getByText("Trin " + (step + 1) + " af 12")).isVisible();
            }
            assertAccessible(page);
            tabTo(page, page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Jeg har selv svaret (borgeren)")));
            page.keyboard().press("Space");
            tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send svarene")));
            page.keyboard().press("Enter");
            PlaywrightAssertions.assertThat(heading(page)).hasText("Tak for dit svar");
        }
        assertThat(jdbc.sql("""
                        SELECT a.scale_value FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                        JOIN survey_question q ON q.id = a.question_id
                        WHERE r.campaign_id = ? AND q.code = 'overall' AND r.relative_assisted = FALSE""")
                .param(campaignId).query(Integer.class).list()).containsExactly(5);
    }
}
