package dk.fritvalg.survey;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.shared.BusinessException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API of the answering page, without login: a citizen (or someone helping her) opens her questionnaire by the
 * personal link or by the answer code, saves and continues later, and sends it once. Whoever holds the link or the code
 * may answer; nothing else opens it. A sent questionnaire is stored as a response without the citizen or the invitation,
 * and the invitation only records the day it was answered: no published figure leads back to her.
 */
@Service
public class SurveyAnswering {

    /**
     * Proof that the holder opened an invitation with its link or code: the invitation and the hash of the secret used.
     * Every later call checks the hash again.
     */
    public record Ticket(long invitationId, String secretHash) {
    }

    /** The questionnaire as the answering page shows it, with what was saved so far. */
    public record Form(Ticket ticket, String municipalityName, String providerName, String campaignName, LocalDate closesOn,
                       List<Question> questions, Map<Long, Answer> saved, int position) {
    }

    private final JdbcClient jdbc;
    private final SurveyCampaigns campaigns;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final AnswerCodeThrottle throttle;
    private final Clock clock;

    SurveyAnswering(JdbcClient jdbc, SurveyCampaigns campaigns, MunicipalityService municipalities, ProviderService providers,
                    AnswerCodeThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.municipalities = municipalities;
        this.providers = providers;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Opens the questionnaire of a personal link. */
    @Transactional(readOnly = true)
    public Form openByLink(String token) {
        if (token == null || token.length() != 43) {
            throw new BusinessException("survey.answer.error.link");
        }
        String hash = AnswerCodes.hash(token);
        return open("token_hash", hash).orElseThrow(() -> new BusinessException("survey.answer.error.link"));
    }

    /**
     * Opens the questionnaire of an answer code typed on the public page. {@code client} is the caller's address: after
     * {@link AnswerCodeThrottle#MAX_FAILURES} wrong codes it must wait.
     */
    @Transactional(readOnly = true)
    public Form openByCode(String typed, String client) {
        if (!throttle.allows(client)) {
            throw new BusinessException("survey.answer.error.throttled", AnswerCodeThrottle.WINDOW.toMinutes());
        }
        String code = AnswerCodes.normalised(typed);
        Optional<Form> form = code == null ? Optional.empty() : open("code_hash", AnswerCodes.hash(code));
        if (form.isEmpty()) {
            throttle.failed(client);
            throw new BusinessException("survey.answer.error.code");
        }
        return form.get();
    }

    /** Saves the answers given so far and where she got to, to continue later with the same link or code. */
    @Transactional
    public void save(Ticket ticket, Map<Long, Answer> answers, int position) {
        Invitation invitation = check(ticket, true);
        List<Question> questions = campaigns.questions(invitation.campaignId());
        String draft = validated(questions, answers).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().encode()).collect(Collectors.joining("\n"));
        jdbc.sql("UPDATE survey_invitation SET draft = :draft, version = version + 1 WHERE id = :id AND answered_on IS NULL")
                .param("draft", position + "\n" + draft).param("id", invitation.id()).update();
    }

    /**
     * Sends the answers: once. {@code relativeAssisted} when a relative (or another helper) answered on the citizen's behalf;
     * the response is marked so. The invitation row is locked, so two sends at the same moment store one response.
     */
    @Transactional
    public void submit(Ticket ticket, Map<Long, Answer> answers, boolean relativeAssisted) {
        Invitation invitation = check(ticket, true);
        Invitation locked = jdbc.sql(SELECT_INVITATION + " WHERE id = :id FOR UPDATE").param("id", invitation.id())
                .query(SurveyAnswering::invitation).single();
        if (locked.answeredOn() != null) {
            throw new BusinessException("survey.answer.error.used");
        }
        Map<Long, Answer> given = validated(campaigns.questions(invitation.campaignId()), answers);
        if (given.isEmpty()) {
            throw new BusinessException("survey.answer.error.empty");
        }
        long responseId = jdbc.sql("""
                        INSERT INTO survey_response (campaign_id, provider_id, channel, relative_assisted)
                        VALUES (:c, :p, :channel, :relative) RETURNING id""")
                .param("c", invitation.campaignId()).param("p", invitation.providerId()).param("channel", invitation.channel())
                .param("relative", relativeAssisted).query(Long.class).single();
        given.forEach((questionId, answer) -> jdbc.sql("""
                        INSERT INTO survey_answer (response_id, question_id, scale_value, dont_know, yes_no, free_text)
                        VALUES (:r, :q, :scale, :dontKnow, :yes, :text)""")
                .param("r", responseId).param("q", questionId).param("scale", answer.scale()).param("dontKnow", answer.dontKnow())
                .param("yes", answer.yes()).param("text", answer.text() == null ? null : answer.text().strip())
                .update());
        jdbc.sql("UPDATE survey_invitation SET answered_on = :today, draft = NULL, version = version + 1 WHERE id = :id")
                .param("today", LocalDate.now(clock)).param("id", invitation.id()).update();
    }

    /** Only answers to the campaign's questions, of the question's kind; a blank text is left out. */
    static Map<Long, Answer> validated(List<Question> questions, Map<Long, Answer> answers) {
        Map<Long, Question> byId = questions.stream().collect(Collectors.toMap(Question::id, q -> q));
        Map<Long, Answer> valid = new LinkedHashMap<>();
        answers.forEach((questionId, answer) -> {
            Question question = byId.get(questionId);
            if (question == null) {
                throw new BusinessException("survey.answer.error.question");
            }
            if (answer == null || !answer.given()) {
                return;
            }
            boolean fits = switch (question.kind()) {
                case SCALE -> (answer.scale() != null && answer.scale() >= 1 && answer.scale() <= 5 && !answer.dontKnow())
                        || (answer.scale() == null && answer.dontKnow());
                case YES_NO -> answer.yes() != null && answer.scale() == null && !answer.dontKnow();
                case TEXT -> answer.text() != null && answer.scale() == null && answer.yes() == null;
            };
            if (!fits) {
                throw new BusinessException("survey.answer.error.question");
            }
            if (question.kind() == QuestionKind.TEXT && answer.text().strip().length() > Answer.MAX_TEXT) {
                throw new BusinessException("survey.answer.error.too-long", Answer.MAX_TEXT);
            }
            valid.put(questionId, answer);
        });
        return valid;
    }

    private Optional<Form> open(String column, String hash) {
        Optional<Invitation> found = jdbc.sql(SELECT_INVITATION + " WHERE " + column + " = :hash").param("hash", hash)
                .query(SurveyAnswering::invitation).optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Invitation invitation = found.get();
        Campaign campaign = usable(invitation);
        Map<Long, Answer> saved = new LinkedHashMap<>();
        int position = 0;
        if (invitation.draft() != null && !invitation.draft().isEmpty()) {
            List<String> lines = Arrays.asList(invitation.draft().split("\n"));
            position = Integer.parseInt(lines.getFirst());
            for (String line : lines.subList(1, lines.size())) {
                int eq = line.indexOf('=');
                saved.put(Long.valueOf(line.substring(0, eq)), Answer.decode(line.substring(eq + 1)));
            }
        }
        return Optional.of(new Form(new Ticket(invitation.id(), hash), municipalities.byId(campaign.municipalityId()).orElseThrow().getName(),
                providers.byId(invitation.providerId()).map(Provider::getName).orElse(""), campaign.name(), campaign.closesOn(),
                campaigns.questions(campaign.id()), saved, position));
    }

    /** The invitation behind a ticket, still open for answers. */
    private Invitation check(Ticket ticket, boolean mustBeOpen) {
        Invitation invitation = ticket == null ? null : jdbc.sql(SELECT_INVITATION + " WHERE id = :id").param("id", ticket.invitationId())
                .query(SurveyAnswering::invitation).optional().orElse(null);
        if (invitation == null || !(invitation.tokenHash().equals(ticket.secretHash()) || invitation.codeHash().equals(ticket.secretHash()))) {
            throw new BusinessException("survey.answer.error.link");
        }
        if (mustBeOpen) {
            usable(invitation);
        }
        return invitation;
    }

    private Campaign usable(Invitation invitation) {
        if (invitation.answeredOn() != null) {
            throw new BusinessException("survey.answer.error.used");
        }
        Campaign campaign = campaigns.find(invitation.campaignId()).orElseThrow();
        if (!campaign.openOn(LocalDate.now(clock))) {
            throw new BusinessException("survey.answer.error.closed");
        }
        return campaign;
    }

    record Invitation(long id, long campaignId, long providerId, String channel, String tokenHash, String codeHash, LocalDate answeredOn,
                      String draft) {
    }

    private static final String SELECT_INVITATION = """
            SELECT id, campaign_id, provider_id, channel, token_hash, code_hash, answered_on, draft FROM survey_invitation""";

    private static Invitation invitation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Date answered = rs.getDate("answered_on");
        return new Invitation(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("provider_id"), rs.getString("channel"),
                rs.getString("token_hash"), rs.getString("code_hash"), answered == null ? null : answered.toLocalDate(), rs.getString("draft"));
    }
}
