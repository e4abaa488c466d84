package dk.fritvalg.survey;

import dk.fritvalg.citizen.GrantedCitizens;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.notification.Channel;
import dk.fritvalg.notification.NoticeRecipients;
import dk.fritvalg.notification.Notifications;
import dk.fritvalg.notification.Recipient;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.QualityDimension;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import dk.fritvalg.shared.jobs.JobLocks;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API for staff running a municipality's survey campaigns: create one on the national template, add local
 * questions, send the invitations (a mail with a personal link, or a letter with an answer code, by the citizen's channel),
 * remind those who have not answered (a job, at most twice, each reminder once), and publish. Every method checks
 * {@link Permission#MANAGE_SURVEYS} on the campaign's municipality.
 */
@Service
public class SurveyCampaigns {

    /** What staff enter to create a campaign. A null sample size asks everyone. */
    public record NewCampaign(String name, String periodLabel, LocalDate opensOn, LocalDate closesOn, LocalDate populationDate,
                              Set<Long> serviceAreaIds, Integer samplePerProvider, int reminderAfterDays, int maxReminders) {
    }

    private static final Logger log = LoggerFactory.getLogger(SurveyCampaigns.class);
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da", "DK"));
    static final int MAX_NAME = 200;
    static final int MAX_LABEL = 100;
    static final int MAX_QUESTION = 500;

    private final JdbcClient jdbc;
    private final AccessGuard accessGuard;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final GrantedCitizens grantedCitizens;
    private final Notifications notifications;
    private final NoticeRecipients recipients;
    private final AnswerCodes codes;
    private final Clock clock;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    SurveyCampaigns(JdbcClient jdbc, AccessGuard accessGuard, MunicipalityService municipalities, ProviderService providers,
                    GrantedCitizens grantedCitizens, Notifications notifications, NoticeRecipients recipients, AnswerCodes codes,
                    Clock clock, @Value("${fritvalg.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.accessGuard = accessGuard;
        this.municipalities = municipalities;
        this.providers = providers;
        this.grantedCitizens = grantedCitizens;
        this.notifications = notifications;
        this.recipients = recipients;
        this.codes = codes;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Creates a campaign in the staff member's municipality with the national questions; returns its id. */
    @Transactional
    public long create(NewCampaign form) {
        Access access = accessGuard.requireOwn(Permission.MANAGE_SURVEYS);
        long municipalityId = access.user().municipalityId();
        String name = text(form.name(), MAX_NAME, "survey.error.name");
        String label = text(form.periodLabel(), MAX_LABEL, "survey.error.period-label");
        if (form.opensOn() == null || form.closesOn() == null || form.closesOn().isBefore(form.opensOn())
                || form.closesOn().isBefore(LocalDate.now(clock))) {
            throw new BusinessException("survey.error.period");
        }
        if (form.populationDate() == null) {
            throw new BusinessException("survey.error.population-date");
        }
        Set<Long> ownAreas = municipalities.serviceAreas(municipalityId).stream().map(ServiceArea::getId).collect(Collectors.toSet());
        if (form.serviceAreaIds() == null || form.serviceAreaIds().isEmpty() || !ownAreas.containsAll(form.serviceAreaIds())) {
            throw new BusinessException("survey.error.areas");
        }
        if (form.samplePerProvider() != null && (form.samplePerProvider() < 1 || form.samplePerProvider() > 100_000)) {
            throw new BusinessException("survey.error.sample");
        }
        if (form.maxReminders() < 0 || form.maxReminders() > 2 || form.reminderAfterDays() < 1 || form.reminderAfterDays() > 60) {
            throw new BusinessException("survey.error.reminders");
        }
        long id = jdbc.sql("""
                        INSERT INTO survey_campaign (municipality_id, name, period_label, opens_on, closes_on, population_date,
                            service_area_ids, sample_per_provider, reminder_after_days, max_reminders, status, created_at, created_by_user_id)
                        VALUES (:m, :name, :label, :opens, :closes, :population, :areas, :sample, :after, :max, 'DRAFT', :now, :user)
                        RETURNING id""")
                .param("m", municipalityId).param("name", name).param("label", label).param("opens", form.opensOn())
                .param("closes", form.closesOn()).param("population", form.populationDate())
                .param("areas", form.serviceAreaIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
                .param("sample", form.samplePerProvider()).param("after", form.reminderAfterDays()).param("max", form.maxReminders())
                .param("now", utcNow()).param("user", access.user().id())
                .query(Long.class).single();
        int position = 1;
        for (NationalTemplate.Question q : NationalTemplate.QUESTIONS) {
            insertQuestion(id, position++, q.code(), q.kind(), q.dimension(), q.text(), false);
        }
        access.record(AuditEvent.SURVEY_CAMPAIGN_CREATED, name, label);
        return id;
    }

    /** Adds a local question while the campaign is prepared: at most five, and at most 25 questions in all. */
    @Transactional
    public void addLocalQuestion(long campaignId, String text, QuestionKind kind) {
        Campaign campaign = require(campaignId);
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw new BusinessException("survey.error.not-draft");
        }
        String question = text(text, MAX_QUESTION, "survey.error.question");
        if (kind == null) {
            throw new BusinessException("survey.error.question-kind");
        }
        List<Question> existing = questions(campaignId);
        if (existing.stream().filter(Question::local).count() >= NationalTemplate.MAX_LOCAL) {
            throw new BusinessException("survey.error.too-many-local", NationalTemplate.MAX_LOCAL);
        }
        if (existing.size() >= NationalTemplate.MAX_QUESTIONS) {
            throw new BusinessException("survey.error.too-many", NationalTemplate.MAX_QUESTIONS);
        }
        int position = existing.stream().mapToInt(Question::position).max().orElse(0) + 1;
        insertQuestion(campaignId, position, "local-" + position, kind, null, question, true);
    }

    /** The staff member's municipality's campaigns, newest first. */
    @Transactional(readOnly = true)
    public List<Campaign> campaigns() {
        Access access = accessGuard.requireOwn(Permission.MANAGE_SURVEYS);
        return jdbc.sql(SELECT_CAMPAIGN + " WHERE municipality_id = :m ORDER BY opens_on DESC, id DESC LIMIT 200")
                .param("m", access.user().municipalityId()).query(SurveyCampaigns::campaign).list();
    }

    /** One campaign of the staff member's municipality. */
    @Transactional(readOnly = true)
    public Campaign campaign(long campaignId) {
        return require(campaignId);
    }

    /** A campaign's questions in order. */
    @Transactional(readOnly = true)
    public List<Question> campaignQuestions(long campaignId) {
        require(campaignId);
        return questions(campaignId);
    }

    /**
     * Sends the invitations: every citizen with a grant in the campaign's areas on its population date, per provider (or a
     * random sample of the given size per provider). Each gets her personal link and her answer code by her channel; a
     * citizen whose notices go by letter gets the code in a box on the letter. Returns the number of invitations.
     */
    @Transactional
    public int sendInvitations(long campaignId) {
        Campaign campaign = require(campaignId);
        Access access = accessGuard.require(Permission.MANAGE_SURVEYS, Target.municipality(campaign.municipalityId()));
        int claimed = jdbc.sql("""
                        UPDATE survey_campaign SET status = 'OPEN', invitations_sent_at = :now, version = version + 1
                        WHERE id = :id AND status = 'DRAFT'""")
                .param("now", utcNow()).param("id", campaignId).update();
        if (claimed == 0) {
            throw new BusinessException("survey.error.already-sent");
        }
        List<GrantedCitizens.Served> population = population(campaign);
        Municipality municipality = municipalities.byId(campaign.municipalityId()).orElseThrow();
        Map<Long, String> providerNames = new LinkedHashMap<>();
        int sent = 0;
        for (GrantedCitizens.Served served : population) {
            Optional<Recipient> recipient = recipients.citizen(served.citizenId());
            String channel = recipient.flatMap(notifications::channelOf).map(Channel::name).orElse("NONE");
            String salt = codes.newSalt();
            long invitationId = jdbc.sql("""
                            INSERT INTO survey_invitation (campaign_id, citizen_id, provider_id, channel, token_hash, code_hash, code_salt, sent_at)
                            VALUES (:c, :citizen, :provider, :channel, :token, :code, :salt, :now) RETURNING id""")
                    .param("c", campaignId).param("citizen", served.citizenId()).param("provider", served.providerId())
                    .param("channel", channel).param("token", AnswerCodes.hash(codes.token(salt)))
                    .param("code", AnswerCodes.hash(codes.code(salt))).param("salt", salt).param("now", utcNow())
                    .query(Long.class).single();
            String providerName = providerNames.computeIfAbsent(served.providerId(),
                    id -> providers.byId(id).map(Provider::getName).orElse(""));
            notify(served.citizenId(), recipient.map(Recipient::name).orElse(""), channel, salt, "survey-invitation",
                    "survey-" + campaignId + "-" + invitationId, municipality.getName(), providerName, campaign.closesOn());
            sent++;
        }
        access.record(AuditEvent.SURVEY_INVITATIONS_SENT, campaign.name(), sent);
        log.info("Survey campaign {}: {} invitations", campaignId, sent);
        return sent;
    }

    /**
     * The reminder job: for every open campaign, each invitation still unanswered whose last mail or letter is at least the
     * campaign's number of days old gets a reminder, at most the campaign's maximum (two). Each reminder is claimed with a
     * conditional update before it is queued, so two nodes or two runs never send it twice.
     */
    @Scheduled(cron = "${fritvalg.survey.reminder-cron:0 0 9 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "survey.reminders", lockAtLeastFor = JobLocks.AT_LEAST)
    @Transactional
    public void remindersJob() {
        sendReminders();
    }

    /** The reminders due now (see {@link #remindersJob()}); returns how many were queued. */
    @Transactional
    public int sendReminders() {
        LocalDate today = LocalDate.now(clock);
        List<Campaign> open = jdbc.sql(SELECT_CAMPAIGN + " WHERE status = 'OPEN' AND opens_on <= :today AND closes_on >= :today")
                .param("today", today).query(SurveyCampaigns::campaign).list();
        int reminded = 0;
        for (Campaign campaign : open) {
            Municipality municipality = municipalities.byId(campaign.municipalityId()).orElseThrow();
            LocalDateTime due = utcNow().minusDays(campaign.reminderAfterDays());
            record Due(long id, long citizenId, long providerId, String channel, String salt, int reminders) {
            }
            List<Due> dueNow = jdbc.sql("""
                            SELECT id, citizen_id, provider_id, channel, code_salt, reminders_sent FROM survey_invitation
                            WHERE campaign_id = :c AND answered_on IS NULL AND reminders_sent < :max
                              AND COALESCE(last_reminder_at, sent_at) <= :due ORDER BY id""")
                    .param("c", campaign.id()).param("max", campaign.maxReminders()).param("due", due)
                    .query((rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
                    .list();
            for (Due invitation : dueNow) {
                int claimed = jdbc.sql("""
                                UPDATE survey_invitation SET reminders_sent = reminders_sent + 1, last_reminder_at = :now, version = version + 1
                                WHERE id = :id AND reminders_sent = :seen AND answered_on IS NULL""")
                        .param("now", utcNow()).param("id", invitation.id()).param("seen", invitation.reminders()).update();
                if (claimed == 0) {
                    continue;
                }
                String name = recipients.citizen(invitation.citizenId()).map(Recipient::name).orElse("");
                String providerName = providers.byId(invitation.providerId()).map(Provider::getName).orElse("");
                notify(invitation.citizenId(), name, invitation.channel(), invitation.salt(), "survey-reminder",
                        "survey-" + campaign.id() + "-" + invitation.id() + "-reminder-" + (invitation.reminders() + 1),
                        municipality.getName(), providerName, campaign.closesOn());
                reminded++;
            }
        }
        return reminded;
    }

    private void notify(long citizenId, String name, String channel, String salt, String template, String reference,
                        String municipalityName, String providerName, LocalDate closesOn) {
        boolean letter = Channel.LETTER.name().equals(channel);
        notifications.toCitizenWithAnswerCode(citizenId, AnswerCodes.formatted(codes.code(salt)), template + (letter ? "-letter" : ""),
                reference, name, providerName, municipalityName, publicUrl + "svar/" + codes.token(salt), publicUrl + "svar",
                DANISH_DATE.format(closesOn));
    }

    /** The campaign's citizens and providers: everyone, or a random sample of the given size per provider. */
    private List<GrantedCitizens.Served> population(Campaign campaign) {
        List<GrantedCitizens.Served> all = grantedCitizens.on(campaign.municipalityId(), campaign.serviceAreaIds(), campaign.populationDate());
        if (campaign.samplePerProvider() == null) {
            return all;
        }
        List<GrantedCitizens.Served> sample = new ArrayList<>();
        all.stream().collect(Collectors.groupingBy(GrantedCitizens.Served::providerId, LinkedHashMap::new, Collectors.toList()))
                .forEach((provider, served) -> {
                    List<GrantedCitizens.Served> shuffled = new ArrayList<>(served);
                    Collections.shuffle(shuffled, random);
                    sample.addAll(shuffled.subList(0, Math.min(campaign.samplePerProvider(), shuffled.size())));
                });
        return sample;
    }

    /** The campaign, if the user may run the surveys of its municipality; another municipality's is refused. */
    Campaign require(long campaignId) {
        Campaign campaign = find(campaignId).orElseThrow(() -> new BusinessException("survey.error.not-found"));
        accessGuard.require(Permission.MANAGE_SURVEYS, Target.municipality(campaign.municipalityId()));
        return campaign;
    }

    Optional<Campaign> find(long campaignId) {
        return jdbc.sql(SELECT_CAMPAIGN + " WHERE id = :id").param("id", campaignId).query(SurveyCampaigns::campaign).optional();
    }

    List<Question> questions(long campaignId) {
        return jdbc.sql("SELECT id, position, code, kind, dimension, text, local_question FROM survey_question WHERE campaign_id = :c ORDER BY position")
                .param("c", campaignId)
                .query((rs, i) -> new Question(rs.getLong(1), rs.getInt(2), rs.getString(3), QuestionKind.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : QualityDimension.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7)))
                .list();
    }

    private void insertQuestion(long campaignId, int position, String code, QuestionKind kind, QualityDimension dimension, String text,
                                boolean local) {
        jdbc.sql("""
                        INSERT INTO survey_question (campaign_id, position, code, kind, dimension, text, local_question)
                        VALUES (:c, :p, :code, :kind, :dimension, :text, :local)""")
                .param("c", campaignId).param("p", position).param("code", code).param("kind", kind.name())
                .param("dimension", dimension == null ? null : dimension.name()).param("text", text).param("local", local)
                .update();
    }

    static final String SELECT_CAMPAIGN = """
            SELECT id, version, municipality_id, name, period_label, opens_on, closes_on, population_date, service_area_ids,
                   sample_per_provider, reminder_after_days, max_reminders, status FROM survey_campaign""";

    static Campaign campaign(ResultSet rs, int row) throws SQLException {
        Integer sample = rs.getObject("sample_per_provider", Integer.class);
        return new Campaign(rs.getLong("id"), rs.getLong("version"), rs.getLong("municipality_id"), rs.getString("name"),
                rs.getString("period_label"), rs.getDate("opens_on").toLocalDate(), rs.getDate("closes_on").toLocalDate(),
                rs.getDate("population_date").toLocalDate(),
                Arrays.stream(rs.getString("service_area_ids").split(",")).map(Long::valueOf).toList(),
                sample, rs.getInt("reminder_after_days"), rs.getInt("max_reminders"),
                CampaignStatus.valueOf(rs.getString("status")));
    }

    private LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String text(String value, int max, String errorKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(errorKey);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException("survey.error.too-long", max);
        }
        return stripped;
    }
}
