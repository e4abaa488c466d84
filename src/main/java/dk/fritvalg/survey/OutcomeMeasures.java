package dk.fritvalg.survey;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.rehabilitation.CourseOutcome;
import dk.fritvalg.rehabilitation.RehabilitationOutcomes;
import dk.fritvalg.rehabilitation.RehabilitationService;
import dk.fritvalg.rehabilitation.RehabilitationService.CourseDetails;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Relation;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API of WHO-5 and WHODAS-12 on rehabilitation courses. The citizen, her caseworker (needs assessment) or the
 * course's provider enter a measurement at the start, the end or the follow-up; the items are kept as given and scored by
 * {@link OutcomeScore}. Only the citizen, a relative with a power of attorney and her caseworker see her scores over time;
 * providers and the municipality see aggregates per provider and collaboration model with n, withheld below the minimum
 * group size; staff see the documentation gaps.
 */
@Service
public class OutcomeMeasures {

    /** Who entered a measurement. */
    public enum EnteredBy { CITIZEN, CASEWORKER, PROVIDER }

    /** One measurement with its score and, for WHO-5, whether it changed significantly from the one before. */
    public record Measurement(long id, long courseId, Instrument instrument, MeasurePoint point, LocalDate measuredOn, Integer[] items,
                              OutcomeScore score, EnteredBy enteredBy, boolean significantChange) {
    }

    /** Per provider, model, instrument and point: n and the mean percentage (null when withheld). */
    public record Aggregate(long providerId, String providerName, String model, Instrument instrument, MeasurePoint point, int n,
                            BigDecimal meanPercent) {
        public boolean withheld() {
            return meanPercent == null;
        }
    }

    /** A course missing a measurement or a status point whose date has come. */
    public record Gap(long courseId, String citizenName, String providerName, List<String> missing) {
    }

    private final JdbcClient jdbc;
    private final AccessGuard accessGuard;
    private final RehabilitationOutcomes courses;
    private final RehabilitationService rehabilitation;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final Clock clock;

    OutcomeMeasures(JdbcClient jdbc, AccessGuard accessGuard, RehabilitationOutcomes courses, RehabilitationService rehabilitation,
                    MunicipalityService municipalities, ProviderService providers, Clock clock) {
        this.jdbc = jdbc;
        this.accessGuard = accessGuard;
        this.courses = courses;
        this.rehabilitation = rehabilitation;
        this.municipalities = municipalities;
        this.providers = providers;
        this.clock = clock;
    }

    /** Enters a measurement: items are 0–5 (WHO-5) or 0–4 (WHODAS-12), null where not answered. One per course, instrument and point. */
    @Transactional
    public long record(long courseId, Instrument instrument, MeasurePoint point, LocalDate measuredOn, Integer[] items) {
        CourseOutcome course = courses.ofCourse(courseId).orElseThrow(() -> new BusinessException("outcome.error.course"));
        Access access = accessGuard.require(Permission.RECORD_OUTCOME_MEASURE, Target.citizen(course.citizenId()));
        if (access.relation() == Relation.COURSE_PROVIDER_STAFF && course.providerId() != access.user().providerId()) {
            throw accessGuard.deny(Permission.RECORD_OUTCOME_MEASURE, "course " + courseId);
        }
        if (instrument == null || point == null) {
            throw new BusinessException("outcome.error.instrument");
        }
        if (measuredOn == null || measuredOn.isAfter(LocalDate.now(clock)) || measuredOn.isBefore(course.startDate().minusMonths(1))) {
            throw new BusinessException("outcome.error.date");
        }
        if (items == null || items.length != instrument.items()
                || Arrays.stream(items).anyMatch(i -> i != null && (i < 0 || i > instrument.maxItem()))) {
            throw new BusinessException("outcome.error.items", instrument.maxItem());
        }
        if (Arrays.stream(items).allMatch(i -> i == null)) {
            throw new BusinessException("outcome.error.empty");
        }
        EnteredBy by = switch (access.relation()) {
            case SELF -> EnteredBy.CITIZEN;
            case COURSE_PROVIDER_STAFF -> EnteredBy.PROVIDER;
            default -> EnteredBy.CASEWORKER;
        };
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO outcome_measurement (course_id, citizen_id, municipality_id, provider_id, instrument, point, measured_on,
                                items, entered_by, entered_by_user_id, entered_at)
                            VALUES (:course, :citizen, :m, :p, :instrument, :point, :on, :items, :by, :user, :at) RETURNING id""")
                    .param("course", courseId).param("citizen", course.citizenId()).param("m", course.municipalityId())
                    .param("p", course.providerId()).param("instrument", instrument.name()).param("point", point.name())
                    .param("on", measuredOn).param("items", encode(items)).param("by", by.name()).param("user", access.user().id())
                    .param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).query(Long.class).single();
        } catch (DuplicateKeyException twice) {
            throw new BusinessException("outcome.error.recorded");
        }
        access.record(AuditEvent.OUTCOME_MEASURED, instrument.name(), point.name());
        return id;
    }

    /** Which instrument and point a course has measured already (no scores: providers see this too). */
    @Transactional(readOnly = true)
    public Set<String> recorded(long courseId) {
        CourseOutcome course = courses.ofCourse(courseId).orElseThrow(() -> new BusinessException("outcome.error.course"));
        Access access = accessGuard.require(Permission.RECORD_OUTCOME_MEASURE, Target.citizen(course.citizenId()));
        if (access.relation() == Relation.COURSE_PROVIDER_STAFF && course.providerId() != access.user().providerId()) {
            throw accessGuard.deny(Permission.RECORD_OUTCOME_MEASURE, "course " + courseId);
        }
        return jdbc.sql("SELECT CONCAT(instrument, ':', point) FROM outcome_measurement WHERE course_id = :c").param("c", courseId)
                .query(String.class).set();
    }

    /** The citizen's measurements over time, oldest first: for her, a relative with a power of attorney and her caseworker. */
    @Transactional(readOnly = true)
    public List<Measurement> trend(long citizenId) {
        accessGuard.require(Permission.VIEW_OUTCOME_TREND, Target.citizen(citizenId));
        List<Measurement> raw = jdbc.sql("""
                        SELECT id, course_id, instrument, point, measured_on, items, entered_by FROM outcome_measurement
                        WHERE citizen_id = :c ORDER BY measured_on, id""")
                .param("c", citizenId)
                .query((rs, i) -> {
                    Instrument instrument = Instrument.valueOf(rs.getString("instrument"));
                    Integer[] items = decode(rs.getString("items"));
                    return new Measurement(rs.getLong("id"), rs.getLong("course_id"), instrument, MeasurePoint.valueOf(rs.getString("point")),
                            rs.getDate("measured_on").toLocalDate(), items, OutcomeScore.of(instrument, items),
                            EnteredBy.valueOf(rs.getString("entered_by")), false);
                }).list();
        List<Measurement> result = new ArrayList<>();
        Map<Instrument, OutcomeScore> previous = new LinkedHashMap<>();
        for (Measurement m : raw) {
            boolean significant = m.score().significantChangeFrom(previous.get(m.instrument()));
            if (m.score().scored()) {
                previous.put(m.instrument(), m.score());
            }
            result.add(new Measurement(m.id(), m.courseId(), m.instrument(), m.point(), m.measuredOn(), m.items(), m.score(), m.enteredBy(),
                    significant));
        }
        return result;
    }

    /** Staff: aggregates per provider, model, instrument and point in the municipality. */
    @Transactional(readOnly = true)
    public List<Aggregate> municipalityAggregates() {
        Access access = accessGuard.requireOwn(Permission.VIEW_REHABILITATION_OVERVIEW);
        return aggregates("m.municipality_id", access.user().municipalityId(), access.user().municipalityId());
    }

    /** A provider: its own aggregates. */
    @Transactional(readOnly = true)
    public List<Aggregate> providerAggregates(long providerId) {
        accessGuard.require(Permission.VIEW_PROVIDER_REHABILITATION, Target.provider(providerId));
        Provider provider = providers.byId(providerId).orElseThrow();
        return aggregates("m.provider_id", providerId, provider.getMunicipalityId());
    }

    private List<Aggregate> aggregates(String column, long id, long municipalityId) {
        int minimum = ScaleSummary.effectiveMinimum(municipalities.byId(municipalityId).orElseThrow().settings().minimumGroupSize());
        record Row(long providerId, String model, Instrument instrument, MeasurePoint point, String items) {
        }
        List<Row> rows = jdbc.sql("SELECT m.provider_id, c.model, m.instrument, m.point, m.items FROM outcome_measurement m "
                        + "JOIN rehabilitation_course c ON c.id = m.course_id WHERE " + column + " = :id")
                .param("id", id)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), Instrument.valueOf(rs.getString(3)),
                        MeasurePoint.valueOf(rs.getString(4)), rs.getString(5))).list();
        Map<List<Object>, List<BigDecimal>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            OutcomeScore score = OutcomeScore.of(row.instrument(), decode(row.items()));
            if (score.scored()) {
                groups.computeIfAbsent(List.of(row.providerId(), row.model(), row.instrument(), row.point()), k -> new ArrayList<>())
                        .add(score.percent());
            }
        }
        Map<Long, String> names = new LinkedHashMap<>();
        List<Aggregate> result = new ArrayList<>();
        groups.forEach((key, percents) -> {
            long providerId = (Long) key.get(0);
            BigDecimal mean = percents.size() < minimum ? null
                    : percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(percents.size()), 1, RoundingMode.HALF_UP);
            result.add(new Aggregate(providerId, names.computeIfAbsent(providerId, p -> providers.byId(p).map(Provider::getName).orElse("")),
                    (String) key.get(1), (Instrument) key.get(2), (MeasurePoint) key.get(3), percents.size(), mean));
        });
        result.sort(java.util.Comparator.comparing(Aggregate::providerName).thenComparing(Aggregate::instrument).thenComparing(Aggregate::point));
        return result;
    }

    /**
     * Staff: the municipality's courses with something missing: a status point whose date has come, the start measurements
     * once the course has started, the end measurements once its end date has passed or it is finished.
     */
    @Transactional(readOnly = true)
    public List<Gap> gaps() {
        List<CourseDetails> list = rehabilitation.municipalityCourses(PageRequest.of(0, 500));
        LocalDate today = LocalDate.now(clock);
        Map<Long, Set<String>> measured = new LinkedHashMap<>();
        if (!list.isEmpty()) {
            jdbc.sql("SELECT course_id, CONCAT(instrument, ':', point) FROM outcome_measurement WHERE course_id IN (:ids)")
                    .param("ids", list.stream().map(d -> d.course().getId()).toList())
                    .query(rs -> {
                        measured.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getString(2));
                    });
        }
        List<Gap> gaps = new ArrayList<>();
        for (CourseDetails details : list) {
            var course = details.course();
            List<String> missing = new ArrayList<>();
            details.overdue(today).forEach(p -> missing.add("status:" + p));
            Set<String> done = measured.getOrDefault(course.getId(), Set.of());
            List<MeasurePoint> due = new ArrayList<>();
            if (!course.getStartDate().isAfter(today)) {
                due.add(MeasurePoint.START);
            }
            if (course.getEndDate().isBefore(today) || course.getStatus() == dk.fritvalg.rehabilitation.CourseStatus.FINISHED) {
                due.add(MeasurePoint.END);
            }
            for (MeasurePoint point : due) {
                for (Instrument instrument : EnumSet.allOf(Instrument.class)) {
                    if (!done.contains(instrument + ":" + point)) {
                        missing.add(instrument + ":" + point);
                    }
                }
            }
            if (!missing.isEmpty()) {
                gaps.add(new Gap(course.getId(), course.getCitizenName(), details.providerName(), missing));
            }
        }
        return gaps;
    }

    static String encode(Integer[] items) {
        return Arrays.stream(items).map(i -> i == null ? "-" : String.valueOf(i)).collect(Collectors.joining(","));
    }

    static Integer[] decode(String items) {
        return Arrays.stream(items.split(",")).map(s -> "-".equals(s) ? null : Integer.valueOf(s)).toArray(Integer[]::new);
    }
}
