package dk.fritvalg.provider;

import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.shared.BusinessException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Public: comparing the providers a citizen may choose. The list is one SQL query returning
 * {@link ProviderSummary} rows (no entity loading, no query per provider); the provider page and the
 * side-by-side view read at most three providers with a fixed number of queries.
 */
@Service
public class ProviderComparisonService {

    /** At most this many providers side by side. */
    public static final int MAX_SIDE_BY_SIDE = 3;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final JdbcClient jdbc;
    private final ProviderRepository providers;
    private final ProviderAgreementRepository agreements;
    private final ProviderAddOns addOns;
    private final Clock clock;

    ProviderComparisonService(JdbcClient jdbc, ProviderRepository providers, ProviderAgreementRepository agreements,
                              ProviderAddOns addOns, Clock clock) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.agreements = agreements;
        this.addOns = addOns;
        this.clock = clock;
    }

    /**
     * The providers a citizen may choose today in the filter's service area: holding an approval or a
     * tender contract valid today, not suspended, and matching every filter; in the filter's order.
     */
    public List<ProviderSummary> compare(Municipality municipality, ComparisonFilter filter) {
        int minimumGroupSize = municipality.settings().minimumGroupSize();
        Map<String, Object> params = new HashMap<>();
        params.put("municipality", municipality.getId());
        params.put("area", filter.serviceAreaId());
        params.put("today", LocalDate.now(clock));
        params.put("minGroup", minimumGroupSize);
        StringBuilder sql = new StringBuilder("""
                SELECT p.id, p.name, p.type, p.description, p.accepting_new_citizens, p.languages, p.features,
                       a.model, a.valid_to, q.average_score, q.answer_count, q.period_start, q.period_end,
                       q.ci_low, q.ci_high, q.source, q.period_label,
                       c.month, c.citizens, c.avg_distinct_helpers,
                       CASE WHEN q.answer_count >= :minGroup THEN q.average_score END AS shown_score,
                       CASE WHEN c.citizens >= :minGroup THEN c.avg_distinct_helpers END AS shown_helpers
                FROM provider p
                JOIN provider_agreement a ON a.id = (
                    SELECT a2.id FROM provider_agreement a2
                    WHERE a2.provider_id = p.id AND a2.service_area_id = :area
                      AND a2.valid_from <= :today AND (a2.valid_to IS NULL OR a2.valid_to >= :today)
                    ORDER BY a2.valid_from DESC LIMIT 1)
                LEFT JOIN provider_quality q ON q.id = (
                    SELECT q2.id FROM provider_quality q2
                    WHERE q2.provider_id = p.id AND q2.dimension = 'OVERALL'
                    ORDER BY q2.period_end DESC LIMIT 1)
                LEFT JOIN provider_continuity c ON c.provider_id = p.id AND c.month = (
                    SELECT MAX(c2.month) FROM provider_continuity c2 WHERE c2.provider_id = p.id)
                WHERE p.municipality_id = :municipality AND p.suspended = FALSE
                """);
        if (filter.acceptingOnly()) {
            sql.append(" AND p.accepting_new_citizens = TRUE");
        }
        if (filter.type() != null) {
            sql.append(" AND p.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.postcode() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM provider_postcode pp WHERE pp.provider_id = p.id AND pp.postcode = :postcode)");
            params.put("postcode", filter.postcode());
        }
        int i = 0;
        for (String language : filter.languages()) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("Not a language code: " + language);
            }
            sql.append(" AND FIND_IN_SET(:lang").append(i).append(", p.languages) > 0");
            params.put("lang" + i++, language);
        }
        i = 0;
        for (ProviderFeature feature : filter.features()) {
            sql.append(" AND FIND_IN_SET(:feature").append(i).append(", p.features) > 0");
            params.put("feature" + i++, feature.name());
        }
        sql.append(switch (filter.sort()) {
            case NAME -> " ORDER BY p.name, p.id";
            case SATISFACTION -> " ORDER BY shown_score IS NULL, shown_score DESC, p.name, p.id";
            case CONTINUITY -> " ORDER BY shown_helpers IS NULL, shown_helpers, p.name, p.id";
        });
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> summary(rs, minimumGroupSize)).list();
    }

    private static ProviderSummary summary(ResultSet rs, int minimumGroupSize) throws SQLException {
        Satisfaction satisfaction = null;
        BigDecimal score = rs.getBigDecimal("average_score");
        if (rs.getString("source") != null) {
            satisfaction = Satisfaction.of(QualityDimension.OVERALL, score, rs.getInt("answer_count"),
                    localDate(rs.getDate("period_start")), localDate(rs.getDate("period_end")), rs.getBigDecimal("ci_low"),
                    rs.getBigDecimal("ci_high"), QualitySource.valueOf(rs.getString("source")), rs.getString("period_label"),
                    minimumGroupSize);
        }
        Continuity continuity = null;
        Date month = rs.getDate("month");
        if (month != null) {
            continuity = Continuity.of(YearMonth.from(month.toLocalDate()), rs.getInt("citizens"),
                    rs.getBigDecimal("avg_distinct_helpers"), minimumGroupSize);
        }
        return new ProviderSummary(rs.getLong("id"), rs.getString("name"), ProviderType.valueOf(rs.getString("type")),
                rs.getString("description"), rs.getBoolean("accepting_new_citizens"),
                AgreementModel.valueOf(rs.getString("model")), localDate(rs.getDate("valid_to")),
                split(rs.getString("languages")),
                split(rs.getString("features")).stream().map(ProviderFeature::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProviderFeature.class))),
                satisfaction, continuity);
    }

    /** The public provider page: the provider must belong to the municipality. */
    public Optional<ProviderDetails> details(Municipality municipality, long providerId) {
        return sideBySide(municipality, List.of(providerId)).stream().findFirst();
    }

    /**
     * Up to {@value #MAX_SIDE_BY_SIDE} providers of the municipality, in the order given; ids of other
     * municipalities' providers are left out. More than three is refused.
     */
    public List<ProviderDetails> sideBySide(Municipality municipality, List<Long> providerIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(providerIds));
        if (ids.size() > MAX_SIDE_BY_SIDE) {
            throw new BusinessException("compare.too-many", MAX_SIDE_BY_SIDE);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        int minimumGroupSize = municipality.settings().minimumGroupSize();
        LocalDate today = LocalDate.now(clock);
        Map<Long, Provider> found = providers.findAllById(ids).stream()
                .filter(p -> p.getMunicipalityId().equals(municipality.getId()))
                .collect(Collectors.toMap(Provider::getId, Function.identity()));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProviderAgreement>> agreementsByProvider = agreements.findByProviderIdIn(found.keySet()).stream()
                .filter(a -> a.getValidTo() == null || !a.getValidTo().isBefore(today))
                .sorted(java.util.Comparator.comparing(ProviderAgreement::getServiceAreaId).thenComparing(ProviderAgreement::getValidFrom))
                .collect(Collectors.groupingBy(ProviderAgreement::getProviderId));
        Map<Long, Map<QualityDimension, Satisfaction>> satisfaction = latestSatisfaction(found.keySet(), minimumGroupSize);
        Map<Long, Continuity> continuity = latestContinuity(found.keySet(), minimumGroupSize);
        Map<Long, List<ProviderAddOns.PricedAddOn>> addOnsByProvider = addOns.offeredBy(found.keySet()).stream()
                .collect(Collectors.groupingBy(ProviderAddOns.PricedAddOn::providerId));
        List<ProviderDetails> result = new ArrayList<>();
        for (Long id : ids) {
            Provider provider = found.get(id);
            if (provider != null) {
                result.add(new ProviderDetails(id, provider.profile(), provider.isSuspended(), provider.getUpdatedAt(),
                        agreementsByProvider.getOrDefault(id, List.of()),
                        satisfaction.getOrDefault(id, Map.of()), continuity.get(id),
                        addOnsByProvider.getOrDefault(id, List.of())));
            }
        }
        return result;
    }

    private Map<Long, Map<QualityDimension, Satisfaction>> latestSatisfaction(Collection<Long> ids, int minimumGroupSize) {
        Map<Long, Map<QualityDimension, Satisfaction>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT q.provider_id, q.dimension, q.average_score, q.answer_count, q.period_start, q.period_end,
                               q.ci_low, q.ci_high, q.source, q.period_label
                        FROM provider_quality q
                        WHERE q.provider_id IN (:ids) AND q.period_end = (
                            SELECT MAX(q2.period_end) FROM provider_quality q2
                            WHERE q2.provider_id = q.provider_id AND q2.dimension = q.dimension)
                        """)
                .param("ids", ids)
                .query(rs -> {
                    QualityDimension dimension = QualityDimension.valueOf(rs.getString("dimension"));
                    result.computeIfAbsent(rs.getLong("provider_id"), k -> new EnumMap<>(QualityDimension.class))
                            .put(dimension, Satisfaction.of(dimension, rs.getBigDecimal("average_score"), rs.getInt("answer_count"),
                                    localDate(rs.getDate("period_start")), localDate(rs.getDate("period_end")),
                                    rs.getBigDecimal("ci_low"), rs.getBigDecimal("ci_high"), QualitySource.valueOf(rs.getString("source")),
                                    rs.getString("period_label"), minimumGroupSize));
                });
        return result;
    }

    private Map<Long, Continuity> latestContinuity(Collection<Long> ids, int minimumGroupSize) {
        Map<Long, Continuity> result = new HashMap<>();
        jdbc.sql("""
                        SELECT c.provider_id, c.month, c.citizens, c.avg_distinct_helpers
                        FROM provider_continuity c
                        WHERE c.provider_id IN (:ids) AND c.month = (
                            SELECT MAX(c2.month) FROM provider_continuity c2 WHERE c2.provider_id = c.provider_id)
                        """)
                .param("ids", ids)
                .query(rs -> {
                    result.put(rs.getLong("provider_id"), Continuity.of(YearMonth.from(rs.getDate("month").toLocalDate()),
                            rs.getInt("citizens"), rs.getBigDecimal("avg_distinct_helpers"), minimumGroupSize));
                });
        return result;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** The languages spoken by any provider in the municipality, for the filter's choices. */
    public List<String> languagesInMunicipality(long municipalityId) {
        Set<String> languages = new java.util.TreeSet<>();
        jdbc.sql("SELECT DISTINCT languages FROM provider WHERE municipality_id = :m AND suspended = FALSE")
                .param("m", municipalityId)
                .query(rs -> {
                    languages.addAll(split(rs.getString(1)));
                });
        return List.copyOf(languages);
    }
}
