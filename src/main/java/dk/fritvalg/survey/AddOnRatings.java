package dk.fritvalg.survey;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.ordering.OccurrenceStatus;
import dk.fritvalg.ordering.OrderStatus;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.ordering.OrderingService.OrderDetails;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API of add-on satisfaction: after an add-on order is delivered (the order, or one of its visits) the citizen (or a
 * relative acting for her) rates it once, 1–5 with a comment. Per provider the municipality's staff and the provider see n and
 * the mean, withheld below the minimum group size; the comment is for the municipality only, masked.
 */
@Service
public class AddOnRatings {

    public static final int MAX_COMMENT = 1000;

    /** A delivered order the citizen may rate, and her rating if she has given it. */
    public record Rateable(long orderId, String what, String providerName, Integer score) {
    }

    /** Per provider: n and the mean (null when withheld). */
    public record ProviderRating(long providerId, String providerName, int n, BigDecimal mean) {
        public boolean withheld() {
            return mean == null;
        }
    }

    private final JdbcClient jdbc;
    private final OrderingService ordering;
    private final AccessGuard accessGuard;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final Clock clock;

    AddOnRatings(JdbcClient jdbc, OrderingService ordering, AccessGuard accessGuard, MunicipalityService municipalities,
                 ProviderService providers, Clock clock) {
        this.jdbc = jdbc;
        this.ordering = ordering;
        this.accessGuard = accessGuard;
        this.municipalities = municipalities;
        this.providers = providers;
        this.clock = clock;
    }

    /** The citizen's delivered orders, newest first, with the rating given. */
    @Transactional(readOnly = true)
    public List<Rateable> rateable(long citizenId) {
        accessGuard.require(Permission.RATE_ADD_ON, Target.citizen(citizenId));
        List<OrderDetails> delivered = ordering.orders(citizenId).stream().filter(AddOnRatings::delivered).toList();
        Map<Long, Integer> given = delivered.isEmpty() ? Map.of() : jdbc.sql("SELECT order_id, score FROM add_on_rating WHERE order_id IN (:ids)")
                .param("ids", delivered.stream().map(d -> d.order().getId()).toList())
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return delivered.stream().map(d -> new Rateable(d.order().getId(), d.what(), d.providerName(), given.get(d.order().getId()))).toList();
    }

    /** Rates a delivered order once. */
    @Transactional
    public void rate(long citizenId, long orderId, int score, String comment) {
        Access access = accessGuard.require(Permission.RATE_ADD_ON, Target.citizen(citizenId));
        OrderDetails order = ordering.orders(citizenId).stream().filter(d -> d.order().getId() == orderId).findFirst()
                .orElseThrow(() -> new BusinessException("rating.error.order"));
        if (!delivered(order)) {
            throw new BusinessException("rating.error.not-delivered");
        }
        if (score < 1 || score > 5) {
            throw new BusinessException("rating.error.score");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new BusinessException("survey.error.too-long", MAX_COMMENT);
        }
        try {
            jdbc.sql("""
                            INSERT INTO add_on_rating (order_id, provider_id, municipality_id, score, comment, rated_on)
                            VALUES (:o, :p, :m, :s, :c, :on)""")
                    .param("o", orderId).param("p", order.order().getProviderId()).param("m", order.order().getMunicipalityId())
                    .param("s", score).param("c", text).param("on", LocalDate.now(clock)).update();
        } catch (DuplicateKeyException twice) {
            throw new BusinessException("rating.error.rated");
        }
        access.record(AuditEvent.ADD_ON_RATED, score);
    }

    /** Staff: every provider of the municipality with ratings. */
    @Transactional(readOnly = true)
    public List<ProviderRating> forMunicipality() {
        Access access = accessGuard.requireOwn(Permission.MANAGE_SURVEYS);
        return ratings("municipality_id", access.user().municipalityId(), access.user().municipalityId());
    }

    /** A provider: its own. */
    @Transactional(readOnly = true)
    public List<ProviderRating> forProvider(long providerId) {
        accessGuard.require(Permission.VIEW_PROVIDER_SURVEY_RESULTS, Target.provider(providerId));
        return ratings("provider_id", providerId, providers.byId(providerId).orElseThrow().getMunicipalityId());
    }

    /** Staff: the comments, masked, never published. */
    @Transactional(readOnly = true)
    public List<String> comments() {
        Access access = accessGuard.requireOwn(Permission.MANAGE_SURVEYS);
        return jdbc.sql("SELECT comment FROM add_on_rating WHERE municipality_id = :m AND comment IS NOT NULL ORDER BY comment LIMIT 500")
                .param("m", access.user().municipalityId()).query(String.class).list().stream().map(FreeTextMask::mask).toList();
    }

    private List<ProviderRating> ratings(String column, long id, long municipalityId) {
        int minimum = ScaleSummary.effectiveMinimum(municipalities.byId(municipalityId).orElseThrow().settings().minimumGroupSize());
        List<ProviderRating> list = new ArrayList<>();
        jdbc.sql("SELECT provider_id, COUNT(*), SUM(score) FROM add_on_rating WHERE " + column + " = :id GROUP BY provider_id")
                .param("id", id)
                .query(rs -> {
                    int n = rs.getInt(2);
                    BigDecimal mean = n < minimum ? null : BigDecimal.valueOf(rs.getLong(3)).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
                    long providerId = rs.getLong(1);
                    list.add(new ProviderRating(providerId, providers.byId(providerId).map(Provider::getName).orElse(""), n, mean));
                });
        list.sort(java.util.Comparator.comparing(ProviderRating::providerName));
        return list;
    }

    private static boolean delivered(OrderDetails details) {
        return Set.of(OrderStatus.DELIVERED, OrderStatus.COMPLETED).contains(details.order().getStatus())
                || details.occurrences().stream().anyMatch(o -> o.getStatus() == OccurrenceStatus.DELIVERED);
    }
}
