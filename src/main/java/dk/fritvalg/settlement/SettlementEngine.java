package dk.fritvalg.settlement;

import dk.fritvalg.market.AppliedPrice;
import dk.fritvalg.market.SettlementPrices;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.rehabilitation.CourseOutcome;
import dk.fritvalg.rehabilitation.CourseResult;
import dk.fritvalg.rehabilitation.RehabilitationOutcomes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes a month's settlement lines under given payment terms per service area, without storing anything (the
 * settlement run stores them; the simulator only shows them). The visits are aggregated in the database, one query
 * per service area grouped by provider and day; only those sums (providers × days) come into Java, where the
 * prices in force each day (a price change in the middle of the month gives two lines) are applied.
 */
@Component
class SettlementEngine {

    /** One provider's visits in one service area on one day, as sums. */
    record DayRow(long areaId, long providerId, LocalDate day, long delivered, long deliveredGranted, long deliveredMinutes,
                  long earlyCancelled, long earlyCancelledMinutes, long citizenCancelled, long citizenCancelledMinutes,
                  long providerCancelled, long notDelivered) {
    }

    /**
     * Every activity-based area of the month in one pass over the visits. {@code %s} is the deadline per area (a CASE
     * over the areas whose model has the cancellation rule; others never count a cancellation as early).
     */
    static final String DAY_ROWS = """
            SELECT service_area_id, provider_id, planned_date,
                   SUM(status = 'DELIVERED') AS delivered,
                   SUM(IF(status = 'DELIVERED', granted_minutes, 0)) AS delivered_granted,
                   SUM(IF(status = 'DELIVERED', delivered_minutes, 0)) AS delivered_minutes,
                   SUM(status = 'CANCELLED_BY_CITIZEN' AND cancelled_at_local < %1$s) AS early,
                   SUM(IF(status = 'CANCELLED_BY_CITIZEN' AND cancelled_at_local < %1$s, granted_minutes, 0)) AS early_minutes,
                   SUM(status = 'CANCELLED_BY_CITIZEN') AS citizen_cancelled,
                   SUM(IF(status = 'CANCELLED_BY_CITIZEN', granted_minutes, 0)) AS citizen_cancelled_minutes,
                   SUM(status = 'CANCELLED_BY_PROVIDER') AS provider_cancelled,
                   SUM(status = 'NOT_DELIVERED') AS not_delivered
            FROM visit
            WHERE municipality_id = :m AND service_area_id IN (:areas) AND planned_date BETWEEN :first AND :last
            GROUP BY service_area_id, provider_id, planned_date""";

    private final NamedParameterJdbcTemplate jdbc;
    private final SettlementPrices prices;
    private final ProviderService providers;
    private final MunicipalityService municipalities;
    private final RehabilitationOutcomes outcomes;

    SettlementEngine(NamedParameterJdbcTemplate jdbc, SettlementPrices prices, ProviderService providers,
                     MunicipalityService municipalities, RehabilitationOutcomes outcomes) {
        this.jdbc = jdbc;
        this.prices = prices;
        this.providers = providers;
        this.municipalities = municipalities;
        this.outcomes = outcomes;
    }

    /** The month's lines for every service area that has terms, providers by name. */
    List<SettlementLine> compute(long municipalityId, YearMonth month, Map<Long, PaymentTerms> termsByArea) {
        Map<Long, String> providerNames = providers.inMunicipality(municipalityId).stream()
                .collect(Collectors.toMap(Provider::getId, Provider::getName, (a, b) -> a));
        List<SettlementLine> lines = new ArrayList<>();
        List<CourseOutcome> courses = null;
        Map<Long, PaymentTerms> activityTerms = new LinkedHashMap<>();
        termsByArea.forEach((area, terms) -> {
            if (terms.kind() == PaymentModelKind.ACTIVITY) {
                activityTerms.put(area, terms);
            }
        });
        Map<Long, List<DayRow>> rowsByArea = dayRows(municipalityId, month, activityTerms);
        for (ServiceArea area : municipalities.serviceAreas(municipalityId)) {
            PaymentTerms terms = termsByArea.get(area.getId());
            if (terms == null) {
                continue;
            }
            Context context = new Context(area, month, terms, id -> providerNames.getOrDefault(id, "Leverandør " + id));
            if (terms.kind() == PaymentModelKind.ACTIVITY) {
                lines.addAll(activity(rowsByArea.getOrDefault(area.getId(), List.of()), context));
            } else {
                if (courses == null) {
                    courses = outcomes.forMunicipality(municipalityId, month);
                }
                lines.addAll(terms.kind() == PaymentModelKind.RESULT ? result(context, courses) : combination(context, courses));
            }
        }
        lines.sort(Comparator.comparing(SettlementLine::providerName).thenComparing(SettlementLine::serviceAreaName));
        return lines;
    }

    private record Context(ServiceArea area, YearMonth month, PaymentTerms terms, Function<Long, String> providerName) {
        SettlementLine line(long providerId, LineKind kind, BigDecimal quantity, SettlementUnit unit, long price, long amount, String reason) {
            return new SettlementLine(providerId, providerName.apply(providerId), area.getId(), area.getName(), kind, quantity, unit, price,
                    amount, reason, null);
        }

        SettlementLine info(long providerId, LineKind kind, long count, SettlementUnit unit, String reason) {
            return line(providerId, kind, BigDecimal.valueOf(count).setScale(2), unit, 0, 0, reason);
        }
    }

    // --- activity ---

    /** The visits of the month's activity-based areas summed per area, provider and day, in one query. */
    Map<Long, List<DayRow>> dayRows(long municipalityId, YearMonth month, Map<Long, PaymentTerms> activityTerms) {
        Map<Long, List<DayRow>> rows = new HashMap<>();
        if (activityTerms.isEmpty()) {
            return rows;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("m", municipalityId).addValue("areas", activityTerms.keySet())
                .addValue("first", month.atDay(1)).addValue("last", month.atEndOfMonth());
        StringBuilder deadline = new StringBuilder("CASE service_area_id");
        int i = 0;
        for (Map.Entry<Long, PaymentTerms> e : activityTerms.entrySet()) {
            if (e.getValue().lateCancellationRule()) {
                deadline.append(" WHEN :a").append(i).append(" THEN TIMESTAMP(DATE_SUB(planned_date, INTERVAL :d").append(i)
                        .append(" DAY), MAKETIME(:h").append(i).append(", 0, 0))");
                params.addValue("a" + i, e.getKey()).addValue("d" + i, e.getValue().deadlineDays()).addValue("h" + i, e.getValue().deadlineHour());
                i++;
            }
        }
        String early = i == 0 ? "TIMESTAMP('1000-01-01')" : deadline.append(" ELSE TIMESTAMP('1000-01-01') END").toString();
        jdbc.query(DAY_ROWS.formatted(early), params, rs -> {
            DayRow row = new DayRow(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                    rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12));
            rows.computeIfAbsent(row.areaId(), k -> new ArrayList<>()).add(row);
        });
        return rows;
    }

    private List<SettlementLine> activity(List<DayRow> areaRows, Context c) {
        PaymentTerms t = c.terms();
        Map<Long, List<DayRow>> byProvider = new TreeMap<>();
        for (DayRow row : areaRows) {
            byProvider.computeIfAbsent(row.providerId(), k -> new ArrayList<>()).add(row);
        }
        List<SettlementLine> lines = new ArrayList<>();
        LocalDate first = c.month().atDay(1);
        LocalDate last = c.month().atEndOfMonth();
        byProvider.forEach((providerId, rows) -> {
            List<AppliedPrice> spans = prices.pricesBetween(providerId, c.area().getId(), t.unit(), first, last);
            List<DayRow> unpriced = new ArrayList<>(rows);
            for (AppliedPrice span : spans) {
                List<DayRow> inSpan = rows.stream().filter(r -> !r.day().isBefore(span.from()) && !r.day().isAfter(span.to())).toList();
                unpriced.removeAll(inSpan);
                Paid paid = paid(inSpan, t);
                if (paid.visits() == 0) {
                    continue;
                }
                String period = span.from().equals(first) && span.to().equals(last) ? ""
                        : " (takst gældende " + Danish.day(span.from()) + " – " + Danish.day(span.to()) + ")";
                if (t.unit() == SettlementUnit.VISIT) {
                    lines.add(c.line(providerId, LineKind.VISITS_PAID, BigDecimal.valueOf(paid.visits()).setScale(2), SettlementUnit.VISIT,
                            span.priceOre(), paid.visits() * span.priceOre(), paid.reason() + period));
                } else {
                    lines.add(c.line(providerId, LineKind.VISITS_PAID, hours(paid.minutes()), SettlementUnit.HOUR, span.priceOre(),
                            amount(paid.minutes(), span.priceOre()), paid.reason() + period));
                }
            }
            Paid withoutPrice = paid(unpriced, t);
            if (withoutPrice.visits() > 0) {
                lines.add(c.info(providerId, LineKind.NO_PRICE, withoutPrice.visits(), SettlementUnit.VISIT, withoutPrice.visits()
                        + " besøg (" + Danish.minutes(withoutPrice.minutes()) + ") på dage uden en takst for " + c.area().getName()
                        + " – ikke afregnet, før indkøb har sat en takst"));
            }
            long early = rows.stream().mapToLong(DayRow::earlyCancelled).sum();
            long earlyMinutes = rows.stream().mapToLong(DayRow::earlyCancelledMinutes).sum();
            long citizenCancelled = rows.stream().mapToLong(DayRow::citizenCancelled).sum();
            long providerCancelled = rows.stream().mapToLong(DayRow::providerCancelled).sum();
            long notDelivered = rows.stream().mapToLong(DayRow::notDelivered).sum();
            if (t.basis() == TimeBasis.GRANTED && early > 0) {
                lines.add(c.info(providerId, LineKind.VISITS_NOT_PAID, early, SettlementUnit.VISIT, early + " besøg aflyst af borgeren før kl. "
                        + deadline(t) + " (" + Danish.minutes(earlyMinutes) + " visiteret tid) – ikke betalt"));
            }
            if (t.basis() == TimeBasis.DELIVERED && citizenCancelled > 0) {
                lines.add(c.info(providerId, LineKind.VISITS_NOT_PAID, citizenCancelled, SettlementUnit.VISIT, citizenCancelled
                        + " besøg aflyst af borgeren – ikke betalt, da modellen betaler leveret tid"));
            }
            if (providerCancelled > 0) {
                lines.add(c.info(providerId, LineKind.VISITS_NOT_PAID, providerCancelled, SettlementUnit.VISIT, providerCancelled
                        + " besøg aflyst af leverandøren – ikke betalt"));
            }
            if (notDelivered > 0) {
                lines.add(c.info(providerId, LineKind.VISITS_NOT_PAID, notDelivered, SettlementUnit.VISIT, notDelivered
                        + " besøg ikke leveret – ikke betalt"));
            }
        });
        return lines;
    }

    private record Paid(long visits, long minutes, String reason) {
    }

    private static Paid paid(List<DayRow> rows, PaymentTerms t) {
        long delivered = rows.stream().mapToLong(DayRow::delivered).sum();
        if (t.basis() == TimeBasis.DELIVERED) {
            long minutes = rows.stream().mapToLong(DayRow::deliveredMinutes).sum();
            long granted = rows.stream().mapToLong(DayRow::deliveredGranted).sum();
            return new Paid(delivered, minutes, delivered + " leverede besøg, " + Danish.minutes(minutes) + " leveret tid (visiteret "
                    + Danish.minutes(granted) + ")");
        }
        long deliveredGranted = rows.stream().mapToLong(DayRow::deliveredGranted).sum();
        long late = rows.stream().mapToLong(r -> r.citizenCancelled() - r.earlyCancelled()).sum();
        long lateMinutes = rows.stream().mapToLong(r -> r.citizenCancelledMinutes() - r.earlyCancelledMinutes()).sum();
        long visits = delivered + late;
        long minutes = deliveredGranted + lateMinutes;
        StringBuilder reason = new StringBuilder().append(visits).append(" besøg, ").append(Danish.minutes(minutes)).append(" visiteret tid");
        if (late > 0) {
            reason.append(t.lateCancellationRule()
                    ? ", heraf " + late + " aflyst af borgeren efter fristen kl. " + deadline(t) + " – betales"
                    : ", heraf " + late + " aflyst af borgeren – betales, da modellen betaler visiteret tid");
        }
        return new Paid(visits, minutes, reason.toString());
    }

    private static String deadline(PaymentTerms t) {
        return String.format("%02d:00", t.deadlineHour()) + (t.deadlineDays() == 0 ? " samme dag"
                : t.deadlineDays() == 1 ? " dagen før" : " " + t.deadlineDays() + " dage før");
    }

    /** Minutes as hours with two decimals (the amount is computed from the minutes, not from this rounded figure). */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** minutes × hourly price / 60, rounded half up to whole øre. */
    static long amount(long minutes, long pricePerHourOre) {
        return BigDecimal.valueOf(minutes).multiply(BigDecimal.valueOf(pricePerHourOre))
                .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValueExact();
    }

    // --- courses (§ 83 a) ---

    private static boolean finishedIn(CourseOutcome course, YearMonth month) {
        return course.finishedOn() != null && YearMonth.from(course.finishedOn()).equals(month);
    }

    private static Map<Long, List<CourseOutcome>> byProvider(List<CourseOutcome> courses) {
        return courses.stream().collect(Collectors.groupingBy(CourseOutcome::providerId, TreeMap::new, Collectors.toList()));
    }

    private List<SettlementLine> result(Context c, List<CourseOutcome> courses) {
        List<SettlementLine> lines = new ArrayList<>();
        byProvider(courses).forEach((providerId, list) -> {
            List<CourseOutcome> reached = list.stream().filter(k -> finishedIn(k, c.month()) && k.result() == CourseResult.GOAL_REACHED).toList();
            long failed = list.stream().filter(k -> finishedIn(k, c.month()) && k.result() == CourseResult.GOAL_NOT_REACHED).count();
            long running = list.stream().filter(k -> k.finishedOn() == null).count();
            Map<Optional<Long>, Long> byPrice = new LinkedHashMap<>();
            for (CourseOutcome k : reached) {
                Optional<Long> price = prices.priceFor(providerId, c.area().getId(), SettlementUnit.COURSE, k.finishedOn()).map(AppliedPrice::priceOre);
                byPrice.merge(price, 1L, Long::sum);
            }
            byPrice.forEach((price, n) -> {
                if (price.isPresent()) {
                    lines.add(c.line(providerId, LineKind.COURSES_PAID, BigDecimal.valueOf(n).setScale(2), SettlementUnit.COURSE, price.get(),
                            n * price.get(), Danish.courses(n) + " afsluttet med målet nået – betales pr. forløb"));
                } else {
                    lines.add(c.info(providerId, LineKind.NO_PRICE, n, SettlementUnit.COURSE, Danish.courses(n)
                            + " afsluttet med målet nået, men der er ingen forløbspris – ikke afregnet, før indkøb har sat en takst"));
                }
            });
            if (failed > 0) {
                lines.add(c.info(providerId, LineKind.COURSES_NOT_PAID, failed, SettlementUnit.COURSE, Danish.courses(failed)
                        + " afsluttet uden at nå målet – ikke betalt (resultatbaseret model)"));
            }
            if (running > 0) {
                lines.add(c.info(providerId, LineKind.COURSES_RUNNING, running, SettlementUnit.COURSE, Danish.courses(running)
                        + " i gang – betales, hvis de afsluttes med målet nået"));
            }
        });
        return lines;
    }

    /** The days of the course that fall in the month: from its start (or the 1st) to its end (or the month's last day). */
    static long courseDays(CourseOutcome course, LocalDate from, LocalDate to) {
        LocalDate start = course.startDate().isAfter(from) ? course.startDate() : from;
        LocalDate end = course.finishedOn() != null && course.finishedOn().isBefore(to) ? course.finishedOn() : to;
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    private List<SettlementLine> combination(Context c, List<CourseOutcome> courses) {
        PaymentTerms t = c.terms();
        LocalDate first = c.month().atDay(1);
        LocalDate last = c.month().atEndOfMonth();
        List<SettlementLine> lines = new ArrayList<>();
        byProvider(courses).forEach((providerId, list) -> {
            List<AppliedPrice> spans = prices.pricesBetween(providerId, c.area().getId(), SettlementUnit.HOUR, first, last);
            long daysTotal = list.stream().mapToLong(k -> courseDays(k, first, last)).sum();
            long daysPriced = 0;
            if (t.baseMinutesPerWeek() > 0) {
                for (AppliedPrice span : spans) {
                    long days = list.stream().mapToLong(k -> courseDays(k, span.from(), span.to())).sum();
                    long courseCount = list.stream().filter(k -> courseDays(k, span.from(), span.to()) > 0).count();
                    if (days == 0) {
                        continue;
                    }
                    daysPriced += days;
                    long minutes = BigDecimal.valueOf(days * t.baseMinutesPerWeek()).divide(BigDecimal.valueOf(7), 0, RoundingMode.HALF_UP)
                            .longValueExact();
                    String period = span.from().equals(first) && span.to().equals(last) ? ""
                            : " (takst gældende " + Danish.day(span.from()) + " – " + Danish.day(span.to()) + ")";
                    lines.add(c.line(providerId, LineKind.COURSE_BASE, hours(minutes), SettlementUnit.HOUR, span.priceOre(),
                            amount(minutes, span.priceOre()), "Grundbetaling: " + Danish.courses(courseCount) + ", " + days
                                    + " forløbsdage á " + t.baseMinutesPerWeek() + " min pr. uge = " + Danish.minutes(minutes) + period));
                }
                if (daysTotal > daysPriced) {
                    lines.add(c.info(providerId, LineKind.NO_PRICE, daysTotal - daysPriced, SettlementUnit.COURSE, (daysTotal - daysPriced)
                            + " forløbsdage uden en timepris for " + c.area().getName() + " – ikke afregnet, før indkøb har sat en takst"));
                }
            }
            List<CourseOutcome> reached = list.stream().filter(k -> finishedIn(k, c.month()) && k.result() == CourseResult.GOAL_REACHED).toList();
            long failed = list.stream().filter(k -> finishedIn(k, c.month()) && k.result() == CourseResult.GOAL_NOT_REACHED).count();
            if (t.bonusMinutes() > 0) {
                Map<Optional<Long>, Long> byPrice = new LinkedHashMap<>();
                for (CourseOutcome k : reached) {
                    byPrice.merge(prices.priceFor(providerId, c.area().getId(), SettlementUnit.HOUR, k.finishedOn()).map(AppliedPrice::priceOre),
                            1L, Long::sum);
                }
                byPrice.forEach((price, n) -> {
                    long minutes = n * t.bonusMinutes();
                    if (price.isPresent()) {
                        lines.add(c.line(providerId, LineKind.COURSE_BONUS, hours(minutes), SettlementUnit.HOUR, price.get(),
                                amount(minutes, price.get()), "Bonus: " + Danish.courses(n) + " afsluttet med målet nået á "
                                        + Danish.minutes(t.bonusMinutes()) + " = " + Danish.minutes(minutes)));
                    } else {
                        lines.add(c.info(providerId, LineKind.NO_PRICE, n, SettlementUnit.COURSE, "Bonus for " + Danish.courses(n)
                                + " uden en timepris – ikke afregnet, før indkøb har sat en takst"));
                    }
                });
                if (failed > 0) {
                    lines.add(c.info(providerId, LineKind.COURSES_NOT_PAID, failed, SettlementUnit.COURSE, Danish.courses(failed)
                            + " afsluttet uden at nå målet – ingen bonus"));
                }
            }
        });
        return lines;
    }
}
