package dk.fritvalg.survey;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderQualityService;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API of survey results. Staff see the whole campaign: response rates per provider and channel, every question's
 * distribution per provider with n, mean and 95 % t-interval ({@link ScaleSummary}), yes/no counts, free-text comments
 * with names and numbers masked, and a CSV export; a provider sees its own published results and the municipality's
 * average. Every figure built on fewer answers than the municipality's minimum group size (never below three) is withheld
 * everywhere, also in the export. Publishing writes the dimension figures to the comparison pages (source SURVEY).
 */
@Service
public class SurveyResults {

    /** Invitations and responses of one provider (or, in {@link CampaignResults#channels}, of one channel). */
    public record Rate(long providerId, String name, int invited, int answered, int relativeAssisted) {
        public double rate() {
            return invited == 0 ? 0 : (double) answered / invited;
        }
    }

    /** One scale question: per provider and for the whole municipality. */
    public record ScaleResult(Question question, Map<Long, ScaleSummary> byProvider, ScaleSummary all) {
    }

    /** One yes/no question; counts null when withheld. */
    public record YesNoResult(Question question, Map<Long, int[]> byProvider, int[] all) {
    }

    /** A free-text answer as staff see it, masked. */
    public record Comment(String providerName, String question, String text) {
    }

    /** The whole campaign as staff see it. */
    public record CampaignResults(Campaign campaign, int minimumGroupSize, Map<Long, String> providerNames, List<Rate> providers,
                                  List<Rate> channels, Rate total, List<ScaleResult> scales, List<YesNoResult> yesNo,
                                  List<Comment> comments) {
    }

    /** A provider's own results in one published campaign, next to the municipality's average. */
    public record ProviderResults(Campaign campaign, int minimumGroupSize, Rate own, List<ProviderLine> lines) {
    }

    /** One scale question: the provider's figure and the municipality's. */
    public record ProviderLine(Question question, ScaleSummary own, ScaleSummary municipality) {
    }

    private final JdbcClient jdbc;
    private final SurveyCampaigns campaigns;
    private final AccessGuard accessGuard;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final ProviderQualityService quality;
    private final Clock clock;

    SurveyResults(JdbcClient jdbc, SurveyCampaigns campaigns, AccessGuard accessGuard, MunicipalityService municipalities,
                  ProviderService providers, ProviderQualityService quality, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.accessGuard = accessGuard;
        this.municipalities = municipalities;
        this.providers = providers;
        this.quality = quality;
        this.clock = clock;
    }

    /** Staff: the whole campaign. */
    @Transactional(readOnly = true)
    public CampaignResults results(long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        return compute(campaign);
    }

    /** Staff: publishes the dimension figures to the comparison pages and closes the campaign for answers. */
    @Transactional
    public void publish(long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        Access access = accessGuard.require(Permission.MANAGE_SURVEYS, Target.municipality(campaign.municipalityId()));
        int claimed = jdbc.sql("""
                        UPDATE survey_campaign SET status = 'PUBLISHED', published_at = :now, version = version + 1
                        WHERE id = :id AND status = 'OPEN'""")
                .param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("id", campaignId).update();
        if (claimed == 0) {
            throw new BusinessException(campaign.status() == CampaignStatus.DRAFT ? "survey.error.not-sent" : "survey.error.already-published");
        }
        CampaignResults results = compute(campaign);
        for (ScaleResult scale : results.scales()) {
            if (scale.question().dimension() == null) {
                continue;
            }
            for (Rate provider : results.providers()) {
                ScaleSummary summary = scale.byProvider().getOrDefault(provider.providerId(),
                        ScaleSummary.of(new long[5], 0, results.minimumGroupSize()));
                quality.recordSurveyResult(provider.providerId(), scale.question().dimension(), campaign.opensOn(), campaign.closesOn(),
                        summary.n(), summary.mean(), summary.ciLow(), summary.ciHigh(), campaign.id(), campaign.periodLabel());
            }
        }
        access.record(AuditEvent.SURVEY_RESULTS_PUBLISHED, campaign.name());
    }

    /** Staff: the results as CSV (semicolons, decimal commas, UTF-8 with a byte-order mark for spreadsheets). */
    @Transactional(readOnly = true)
    public String csv(long campaignId) {
        CampaignResults results = results(campaignId);
        NumberFormat decimal = NumberFormat.getNumberInstance(Locale.of("da", "DK"));
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            csv.printRecord("leverandør", "spørgsmål", "inviterede", "svar", "n", "gennemsnit", "95 % nedre", "95 % øvre",
                    "1", "2", "3", "4", "5", "ved ikke", "bemærkning");
            Map<Long, Rate> rates = new HashMap<>();
            results.providers().forEach(r -> rates.put(r.providerId(), r));
            for (ScaleResult scale : results.scales()) {
                for (Rate provider : results.providers()) {
                    ScaleSummary s = scale.byProvider().getOrDefault(provider.providerId(), ScaleSummary.of(new long[5], 0,
                            results.minimumGroupSize()));
                    csvLine(csv, decimal, provider.name(), scale.question().text(), provider, s, results.minimumGroupSize());
                }
                csvLine(csv, decimal, "Hele kommunen", scale.question().text(), results.total(), scale.all(), results.minimumGroupSize());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void csvLine(CSVPrinter csv, NumberFormat decimal, String who, String question, Rate rate, ScaleSummary s,
                                int minimum) throws IOException {
        List<Object> row = new ArrayList<>(List.of(who, question, rate.invited(), rate.answered(), s.n()));
        if (s.withheld()) {
            row.addAll(List.of("", "", "", "", "", "", "", "", "", "færre end " + minimum + " svar: ikke vist"));
        } else {
            row.addAll(List.of(decimal.format(s.mean()), decimal.format(s.ciLow()), decimal.format(s.ciHigh())));
            for (int count : s.counts()) {
                row.add(count);
            }
            row.addAll(List.of(s.dontKnow(), ""));
        }
        csv.printRecord(row);
    }

    /** A provider: its own results in the municipality's published campaigns, newest first, with the municipality's average. */
    @Transactional(readOnly = true)
    public List<ProviderResults> forProvider(long providerId) {
        accessGuard.require(Permission.VIEW_PROVIDER_SURVEY_RESULTS, Target.provider(providerId));
        Provider provider = providers.byId(providerId).orElseThrow();
        List<Campaign> published = jdbc.sql(SurveyCampaigns.SELECT_CAMPAIGN
                        + " WHERE municipality_id = :m AND status = 'PUBLISHED' ORDER BY closes_on DESC, id DESC LIMIT 10")
                .param("m", provider.getMunicipalityId()).query(SurveyCampaigns::campaign).list();
        List<ProviderResults> list = new ArrayList<>();
        for (Campaign campaign : published) {
            CampaignResults all = compute(campaign);
            Rate own = all.providers().stream().filter(r -> r.providerId() == providerId).findFirst().orElse(null);
            if (own == null) {
                continue;
            }
            List<ProviderLine> lines = all.scales().stream().map(s -> new ProviderLine(s.question(),
                    s.byProvider().getOrDefault(providerId, ScaleSummary.of(new long[5], 0, all.minimumGroupSize())), s.all())).toList();
            list.add(new ProviderResults(campaign, all.minimumGroupSize(), own, lines));
        }
        return list;
    }

    /** Every figure of a campaign, in one pass over its answers. */
    CampaignResults compute(Campaign campaign) {
        int minimum = ScaleSummary.effectiveMinimum(municipalities.byId(campaign.municipalityId()).orElseThrow().settings().minimumGroupSize());
        List<Question> questions = campaigns.questions(campaign.id());
        Map<Long, int[]> invitedAnswered = new TreeMap<>();
        Map<String, int[]> byChannel = new TreeMap<>();
        jdbc.sql("""
                        SELECT provider_id, channel, COUNT(*), SUM(answered_on IS NOT NULL) FROM survey_invitation
                        WHERE campaign_id = :c GROUP BY provider_id, channel""")
                .param("c", campaign.id())
                .query(rs -> {
                    int[] p = invitedAnswered.computeIfAbsent(rs.getLong(1), k -> new int[3]);
                    p[0] += rs.getInt(3);
                    int[] ch = byChannel.computeIfAbsent(rs.getString(2), k -> new int[3]);
                    ch[0] += rs.getInt(3);
                });
        // responses, not invitations, say who answered per channel and with a relative's help
        jdbc.sql("""
                        SELECT provider_id, channel, COUNT(*), SUM(relative_assisted) FROM survey_response
                        WHERE campaign_id = :c GROUP BY provider_id, channel""")
                .param("c", campaign.id())
                .query(rs -> {
                    int[] p = invitedAnswered.computeIfAbsent(rs.getLong(1), k -> new int[3]);
                    p[1] += rs.getInt(3);
                    p[2] += rs.getInt(4);
                    int[] ch = byChannel.computeIfAbsent(rs.getString(2), k -> new int[3]);
                    ch[1] += rs.getInt(3);
                    ch[2] += rs.getInt(4);
                });
        Map<Long, String> names = new LinkedHashMap<>();
        invitedAnswered.keySet().forEach(id -> names.put(id, providers.byId(id).map(Provider::getName).orElse("")));
        List<Rate> providerRates = invitedAnswered.entrySet().stream()
                .map(e -> new Rate(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(java.util.Comparator.comparing(Rate::name)).toList();
        List<Rate> channelRates = byChannel.entrySet().stream()
                .map(e -> new Rate(0, e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        Rate total = new Rate(0, "", providerRates.stream().mapToInt(Rate::invited).sum(), providerRates.stream().mapToInt(Rate::answered).sum(),
                providerRates.stream().mapToInt(Rate::relativeAssisted).sum());

        // counts[question][provider] = {1s, 2s, 3s, 4s, 5s, ved ikke}
        Map<Long, Map<Long, long[]>> scaleCounts = new HashMap<>();
        Map<Long, Map<Long, int[]>> yesNoCounts = new HashMap<>();
        jdbc.sql("""
                        SELECT a.question_id, r.provider_id, a.scale_value, a.dont_know, a.yes_no, COUNT(*)
                        FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                        WHERE r.campaign_id = :c AND a.free_text IS NULL
                        GROUP BY a.question_id, r.provider_id, a.scale_value, a.dont_know, a.yes_no""")
                .param("c", campaign.id())
                .query(rs -> {
                    long question = rs.getLong(1);
                    long provider = rs.getLong(2);
                    int scale = rs.getInt(3);
                    boolean hasScale = !rs.wasNull();
                    boolean dontKnow = rs.getBoolean(4);
                    boolean yes = rs.getBoolean(5);
                    boolean hasYesNo = !rs.wasNull();
                    long count = rs.getLong(6);
                    if (hasScale || dontKnow) {
                        scaleCounts.computeIfAbsent(question, k -> new HashMap<>()).computeIfAbsent(provider, k -> new long[6])[
                                hasScale ? scale - 1 : 5] += count;
                    } else if (hasYesNo) {
                        yesNoCounts.computeIfAbsent(question, k -> new HashMap<>()).computeIfAbsent(provider, k -> new int[2])[yes ? 0 : 1] += count;
                    }
                });
        List<ScaleResult> scales = new ArrayList<>();
        List<YesNoResult> yesNo = new ArrayList<>();
        for (Question question : questions) {
            if (question.kind() == QuestionKind.SCALE) {
                Map<Long, ScaleSummary> byProvider = new LinkedHashMap<>();
                long[] all = new long[6];
                scaleCounts.getOrDefault(question.id(), Map.of()).forEach((provider, counts) -> {
                    byProvider.put(provider, ScaleSummary.of(counts, (int) counts[5], minimum));
                    for (int k = 0; k < 6; k++) {
                        all[k] += counts[k];
                    }
                });
                scales.add(new ScaleResult(question, byProvider, ScaleSummary.of(all, (int) all[5], minimum)));
            } else if (question.kind() == QuestionKind.YES_NO) {
                Map<Long, int[]> byProvider = new LinkedHashMap<>();
                int[] all = new int[2];
                yesNoCounts.getOrDefault(question.id(), Map.of()).forEach((provider, counts) -> {
                    byProvider.put(provider, counts[0] + counts[1] >= minimum ? counts : null);
                    all[0] += counts[0];
                    all[1] += counts[1];
                });
                yesNo.add(new YesNoResult(question, byProvider, all[0] + all[1] >= minimum ? all : null));
            }
        }
        List<Comment> comments = jdbc.sql("""
                        SELECT r.provider_id, q.text, a.free_text FROM survey_answer a
                        JOIN survey_response r ON r.id = a.response_id JOIN survey_question q ON q.id = a.question_id
                        WHERE r.campaign_id = :c AND a.free_text IS NOT NULL ORDER BY r.provider_id, q.position, a.free_text""")
                .param("c", campaign.id())
                .query((rs, i) -> new Comment(names.getOrDefault(rs.getLong(1), ""), rs.getString(2), FreeTextMask.mask(rs.getString(3))))
                .list();
        return new CampaignResults(campaign, minimum, names, providerRates, channelRates, total, scales, yesNo, comments);
    }

    /** A mean for display: 4,23. */
    public static String decimal(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
