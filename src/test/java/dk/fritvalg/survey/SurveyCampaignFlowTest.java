package dk.fritvalg.survey;

import static dk.fritvalg.citizen.CitizenFixture.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.notification.Channel;
import dk.fritvalg.provider.ProviderComparisonService;
import dk.fritvalg.provider.QualityDimension;
import dk.fritvalg.provider.QualitySource;
import dk.fritvalg.provider.Satisfaction;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestClock;
import dk.fritvalg.support.TestMailServer;
import dk.fritvalg.survey.SurveyAnswering.Form;
import dk.fritvalg.survey.SurveyCampaigns.NewCampaign;
import dk.fritvalg.survey.SurveyResults.CampaignResults;
import dk.fritvalg.survey.SurveyResults.ScaleResult;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A municipality runs a campaign from creation to published results: invitations by mail (personal link) and by letter
 * (answer code), answers saved and continued, one answer per invitation, a relative's answer flagged, reminders sent once
 * each through the outbox to those who have not answered, results with n and a t-interval withheld below the minimum
 * group size, published to the comparison pages; guessing codes is throttled; other tenants are refused.
 */
@IntegrationTest
class SurveyCampaignFlowTest {

    private static final Pattern LINK = Pattern.compile("/svar/([A-Za-z0-9_-]{43})");
    private static final AtomicLong MAILS = new AtomicLong(System.nanoTime() % 100_000);

    @Autowired
    SurveyCampaigns campaigns;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    SurveyResults results;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    ProviderComparisonService comparison;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        TestClock.reset();
        SecurityContextHolder.clearContext();
    }

    static PortalUser procurement(long municipalityId) {
        return new PortalUser(991_000 + municipalityId, "indkoeb-test", "Test Indkøb", Role.MUNICIPAL_PROCUREMENT, municipalityId, null,
                null, null, null, false);
    }

    private String email() {
        return "survey-" + MAILS.incrementAndGet() + "@test.fritvalg.dk";
    }

    private long citizenWith(long providerId, String email) {
        long citizen = fixture.citizen("0710", "8370", email);
        fixture.grant(citizen, fixture.area("0710", ServiceAreaKind.PRACTICAL_HELP), providerId);
        return citizen;
    }

    private long campaign(int reminderDays, int maxReminders) {
        long favrskov = fixture.municipalityId("0710");
        actAs(procurement(favrskov));
        LocalDate today = LocalDate.now();
        return campaigns.create(new NewCampaign("Brugertilfredshed praktisk hjælp", "efteråret 2026", today, today.plusDays(30), today,
                Set.of(fixture.area("0710", ServiceAreaKind.PRACTICAL_HELP)), null, reminderDays, maxReminders));
    }

    private static String token(String email) {
        Matcher matcher = LINK.matcher(TestMailServer.body(TestMailServer.awaitMailTo(email, 1).getFirst()));
        assertThat(matcher.find()).as("a personal link in the mail to " + email).isTrue();
        return matcher.group(1);
    }

    private static Map<Long, Answer> answers(Form form, Object... codeAndAnswer) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < codeAndAnswer.length; i += 2) {
            String code = (String) codeAndAnswer[i];
            Question question = form.questions().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
            answers.put(question.id(), (Answer) codeAndAnswer[i + 1]);
        }
        return answers;
    }

    @Test
    void aCampaignRunsFromCreationToPublishedResultsOnTheComparisonPages() {
        TestMailServer.get();
        long provider = fixture.provider("favrskov-solsikken");
        List<String> emails = List.of(email(), email(), email(), email());
        emails.forEach(e -> citizenWith(provider, e));
        long letterCitizen = citizenWith(provider, null);
        registry.registerCareSystemChannel(letterCitizen, Channel.LETTER);

        long campaignId = campaign(7, 2);
        campaigns.addLocalQuestion(campaignId, "Hvor tilfreds er du med maden fra køkkenet?", QuestionKind.SCALE);
        assertThat(campaigns.campaignQuestions(campaignId)).hasSize(NationalTemplate.QUESTIONS.size() + 1)
                .first().extracting(Question::text).isEqualTo("Alt i alt, hvor tilfreds er du med den hjælp, du får?");
        assertThat(campaigns.sendInvitations(campaignId)).isGreaterThanOrEqualTo(5);
        assertThatThrownBy(() -> campaigns.sendInvitations(campaignId)).hasMessageContaining("survey.error.already-sent");
        assertThatThrownBy(() -> campaigns.addLocalQuestion(campaignId, "For sent", QuestionKind.YES_NO))
                .hasMessageContaining("survey.error.not-draft");
        SecurityContextHolder.clearContext(); // answering needs no login

        // the letter: the code in its box, the answer page's address in its text, no link
        String letterCode = jdbc.sql("SELECT answer_code FROM notice WHERE about_citizen_id = ? AND reference LIKE ?")
                .param(letterCitizen).param("survey-" + campaignId + "-%").query(String.class).single();
        assertThat(letterCode).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(jdbc.sql("SELECT body FROM notice WHERE about_citizen_id = ? AND reference LIKE ?").param(letterCitizen)
                .param("survey-" + campaignId + "-%").query(String.class).single()).contains("/svar og skriv svarkoden").doesNotContain("/svar/");

        // 1: by the link, with a comment naming people
        Form first = answering.openByLink(token(emails.get(0)));
        assertThat(first.providerName()).isEqualTo("Solsikken Hjemmeservice ApS");
        answering.submit(first.ticket(), answers(first, "overall", Answer.scale(5), "safety", Answer.scale(4),
                "comment", Answer.text("Karen Jensen er sød. Mit nummer er 010140-1234.")), false);
        // 2: saves, comes back by the link and finds her answers, then her daughter sends for her
        String second = token(emails.get(1));
        Form started = answering.openByLink(second);
        answering.save(started.ticket(), answers(started, "overall", Answer.scale(4)), 1);
        Form resumed = answering.openByLink(second);
        assertThat(resumed.position()).isEqualTo(1);
        assertThat(resumed.saved()).containsValue(Answer.scale(4));
        answering.submit(resumed.ticket(), answers(resumed, "overall", Answer.scale(4), "safety", Answer.scale(4)), true);
        // 3: "Ved ikke" is no number
        Form third = answering.openByLink(token(emails.get(2)));
        answering.submit(third.ticket(), answers(third, "overall", Answer.scale(3), "safety", Answer.unknown(),
                "knows-free-choice", Answer.yesNo(true)), false);
        // 4: by the letter's code, typed in lower case with spaces
        Form byCode = answering.openByCode(" " + letterCode.toLowerCase().replace("-", " - ") + " ", "10.0.0.1");
        answering.submit(byCode.ticket(), answers(byCode, "overall", Answer.scale(5)), false);

        // each invitation answers once
        assertThatThrownBy(() -> answering.submit(first.ticket(), answers(first, "overall", Answer.scale(1)), false))
                .isInstanceOf(BusinessException.class).hasMessageContaining("survey.answer.error.used");
        assertThatThrownBy(() -> answering.openByLink(second)).hasMessageContaining("survey.answer.error.used");
        assertThatThrownBy(() -> answering.openByCode(letterCode, "10.0.0.2")).hasMessageContaining("survey.answer.error.used");
        // a ticket is only as good as its secret
        assertThatThrownBy(() -> answering.save(new SurveyAnswering.Ticket(first.ticket().invitationId() + 1, first.ticket().secretHash()),
                Map.of(), 0)).hasMessageContaining("survey.answer.error.link");

        actAs(procurement(fixture.municipalityId("0710")));
        CampaignResults all = results.results(campaignId);
        SurveyResults.Rate rate = all.providers().stream().filter(r -> r.providerId() == provider).findFirst().orElseThrow();
        assertThat(rate.answered()).isEqualTo(4);
        assertThat(rate.invited()).isGreaterThanOrEqualTo(5);
        assertThat(rate.relativeAssisted()).isEqualTo(1);
        assertThat(all.channels()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("LETTER");
            assertThat(c.answered()).isEqualTo(1);
        }).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("EMAIL");
            assertThat(c.answered()).isEqualTo(3);
        });
        // overall 5, 4, 3, 5: mean 4.25, s² = (75 − 4 × 4.25²) / 3 = 0.9167, s/√n = 0.4787, t(3) = 3.1824 → ± 1.5235
        ScaleSummary overall = scale(all, "overall").byProvider().get(provider);
        assertThat(overall.n()).isEqualTo(4);
        assertThat(overall.mean()).isEqualByComparingTo("4.25");
        assertThat(overall.ciLow()).isEqualByComparingTo("2.73");
        assertThat(overall.ciHigh()).isEqualByComparingTo("5.00");
        assertThat(overall.counts()).containsExactly(0, 0, 1, 1, 2);
        // safety 4, 4 and one "Ved ikke": two answers are too few
        ScaleSummary safety = scale(all, "safety").byProvider().get(provider);
        assertThat(safety.n()).isEqualTo(2);
        assertThat(safety.dontKnow()).isEqualTo(1);
        assertThat(safety.withheld()).isTrue();
        assertThat(all.comments()).extracting(SurveyResults.Comment::text)
                .containsExactly("[navn] [navn] er sød. Mit nummer er [CPR-nummer].");
        String csv = results.csv(campaignId);
        assertThat(csv).contains("Solsikken Hjemmeservice ApS;Alt i alt, hvor tilfreds er du med den hjælp, du får?")
                .contains(";4,25;2,73;5,00;0;0;1;1;2;0;").contains("færre end 3 svar: ikke vist").doesNotContain("Karen");

        results.publish(campaignId);
        Municipality favrskov = municipalities.byCode("0710").orElseThrow();
        Map<QualityDimension, Satisfaction> shown = comparison.details(favrskov, provider).orElseThrow().satisfaction();
        Satisfaction published = shown.get(QualityDimension.OVERALL);
        assertThat(published.source()).isEqualTo(QualitySource.SURVEY);
        assertThat(published.periodLabel()).isEqualTo("efteråret 2026");
        assertThat(published.answerCount()).isEqualTo(4);
        assertThat(published.average()).isEqualByComparingTo("4.25");
        assertThat(published.ciLow()).isEqualByComparingTo("2.73");
        assertThat(shown.get(QualityDimension.SAFETY).tooFewAnswers()).isTrue();
        assertThat(jdbc.sql("SELECT average_score FROM provider_quality WHERE provider_id = ? AND dimension = 'SAFETY' AND campaign_id = ?")
                .param(provider).param(campaignId).query(java.math.BigDecimal.class).optional()).isEmpty();

        // the provider sees its own figures and the municipality's average
        actAs(CitizenFixture.providerUser(provider));
        SurveyResults.ProviderResults own = results.forProvider(provider).stream().filter(r -> r.campaign().id() == campaignId)
                .findFirst().orElseThrow();
        assertThat(own.lines().getFirst().own().mean()).isEqualByComparingTo("4.25");
        assertThat(own.lines().getFirst().municipality().n()).isGreaterThanOrEqualTo(4);

        // published: closed for answers
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> answering.openByLink(token(emails.get(3)))).hasMessageContaining("survey.answer.error.closed");
    }

    @Test
    void aResponseCannotBeLinkedToTheCitizen() {
        List<String> columns = jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name IN ('survey_response', 'survey_answer')").query(String.class).list();
        assertThat(columns).isNotEmpty().noneMatch(c -> c.contains("citizen") || c.contains("invitation") || c.contains("_at"));
    }

    @Test
    void remindersGoOnceEachAtMostTwiceOnlyToThoseWhoHaveNotAnswered() {
        long provider = fixture.provider("favrskov-nordlys");
        String answers = email();
        String silent = email();
        citizenWith(provider, answers);
        citizenWith(provider, silent);
        long campaignId = campaign(3, 2);
        campaigns.sendInvitations(campaignId);
        Form form = answering.openByLink(token(answers));
        answering.submit(form.ticket(), answers(form, "overall", Answer.scale(4)), false);
        TestMailServer.awaitMailTo(silent, 1);

        ZonedDateTime now = ZonedDateTime.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME);
        campaigns.sendReminders();
        TestClock.setTo(now.plusDays(2));
        campaigns.sendReminders();
        settle();
        assertThat(TestMailServer.mailTo(silent)).hasSize(1);

        TestClock.setTo(now.plusDays(3).plusHours(1));
        campaigns.sendReminders();
        campaigns.sendReminders(); // a second run the same day sends nothing more
        List<MimeMessage> reminded = TestMailServer.awaitMailTo(silent, 2);
        assertThat(TestMailServer.subject(reminded.get(1))).startsWith("Påmindelse: Hvad synes du om din hjælp fra Nordlys Omsorg A/S");
        assertThat(TestMailServer.body(reminded.get(1))).contains("/svar/" + token(silent));

        TestClock.setTo(now.plusDays(5));
        campaigns.sendReminders();
        TestClock.setTo(now.plusDays(6).plusHours(2));
        campaigns.sendReminders();
        TestMailServer.awaitMailTo(silent, 3);
        TestClock.setTo(now.plusDays(20));
        campaigns.sendReminders();
        settle();
        assertThat(TestMailServer.mailTo(silent)).hasSize(3);
        assertThat(TestMailServer.mailTo(answers)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE reference LIKE ? AND reference LIKE '%-reminder-%' AND status = 'SENT'")
                .param("survey-" + campaignId + "-%").query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void guessingAnswerCodesIsStoppedAfterTenWrongCodes() {
        long provider = fixture.provider("favrskov-lindetraeet");
        long letterCitizen = citizenWith(provider, null);
        registry.registerCareSystemChannel(letterCitizen, Channel.LETTER);
        long campaignId = campaign(7, 0);
        campaigns.sendInvitations(campaignId);
        SecurityContextHolder.clearContext();
        String code = jdbc.sql("SELECT answer_code FROM notice WHERE about_citizen_id = ? AND reference LIKE ?")
                .param(letterCitizen).param("survey-" + campaignId + "-%").query(String.class).single();
        String guesser = "192.0.2." + (MAILS.get() % 200);
        for (int i = 0; i < AnswerCodeThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> answering.openByCode("ABCDE-FGHJK", guesser)).hasMessageContaining("survey.answer.error.code");
        }
        assertThatThrownBy(() -> answering.openByCode(code, guesser)).hasMessageContaining("survey.answer.error.throttled");
        assertThat(answering.openByCode(code, guesser + "1").providerName()).isEqualTo("Lindetræets Madkøkken ApS");
        assertThatThrownBy(() -> answering.openByLink("x".repeat(43))).hasMessageContaining("survey.answer.error.link");
    }

    @Test
    void otherMunicipalitiesProvidersAndRolesAreRefused() {
        long provider = fixture.provider("favrskov-lindetraeet");
        citizenWith(provider, email());
        long campaignId = campaign(7, 1);
        campaigns.sendInvitations(campaignId);

        actAs(procurement(fixture.municipalityId("0621")));
        assertThatThrownBy(() -> campaigns.campaign(campaignId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.results(campaignId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.publish(campaignId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.csv(campaignId)).isInstanceOf(AccessDeniedException.class);
        assertThat(campaigns.campaigns()).noneMatch(c -> c.id() == campaignId);

        actAs(CitizenFixture.staffUser(fixture.municipalityId("0710"))); // needs assessment does not run surveys
        assertThatThrownBy(() -> results.results(campaignId)).isInstanceOf(AccessDeniedException.class);
        long citizen = fixture.citizen("0710", "8370", null);
        actAs(CitizenFixture.citizenUser(citizen, fixture.municipalityId("0710")));
        assertThatThrownBy(() -> campaigns.campaigns()).isInstanceOf(AccessDeniedException.class);

        actAs(CitizenFixture.providerUser(fixture.provider("favrskov-solsikken")));
        assertThatThrownBy(() -> results.forProvider(provider)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.results(campaignId)).isInstanceOf(AccessDeniedException.class);
    }

    private static ScaleResult scale(CampaignResults all, String code) {
        return all.scales().stream().filter(s -> s.question().code().equals(code)).findFirst().orElseThrow();
    }

    private static void settle() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
