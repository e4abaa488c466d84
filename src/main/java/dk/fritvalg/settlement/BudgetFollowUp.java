package dk.fritvalg.settlement;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.rehabilitation.CourseOutcome;
import dk.fritvalg.rehabilitation.RehabilitationOutcomes;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API: budget follow-up for the head of elder care. The budget per year and service area (finance staff enter
 * it); spend to date from the year's settlements (locked and open, correction lines in the month they are paid);
 * the expected spend for the year by run-rate; the expected deviation; spend % against the share of the year gone;
 * and activity by month against last year: granted hours per day and citizens in rehabilitation courses.
 */
@Service
public class BudgetFollowUp {

    /** The run-rate method, in the words the dashboard shows. */
    public static final String METHOD = "Forventet forbrug for året = forbrug til dato ÷ antal afregnede måneder × 12 (run-rate).";

    public record AreaFigures(long areaId, String name, long budgetOre, long spentOre, long forecastOre, long deviationOre,
                              BigDecimal spentPercent) {
    }

    /** One month: what was paid, and the total so far. */
    public record MonthFigures(YearMonth month, long spentOre, long cumulativeOre) {
    }

    /** Activity in a month this year and the same month last year. */
    public record Activity(int month, BigDecimal grantedHoursPerDay, BigDecimal grantedHoursPerDayLastYear, int citizensInCourses,
                           int citizensInCoursesLastYear) {
    }

    public record Dashboard(int year, LocalDate asOf, int monthsSettled, long budgetOre, long spentOre, long forecastOre, long deviationOre,
                            BigDecimal spentPercent, BigDecimal expectedPercent, String method, List<AreaFigures> areas,
                            List<MonthFigures> months, List<Activity> activity) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final MunicipalityService municipalities;
    private final RehabilitationOutcomes outcomes;
    private final AccessGuard accessGuard;
    private final Clock clock;

    BudgetFollowUp(NamedParameterJdbcTemplate jdbc, MunicipalityService municipalities, RehabilitationOutcomes outcomes, AccessGuard accessGuard,
                   Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.outcomes = outcomes;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** Sets the budget of a year for a service area of the own municipality (kroner as øre). */
    @Transactional
    public void setBudget(int year, long serviceAreaId, long amountOre) {
        Access access = accessGuard.requireOwn(Permission.MANAGE_BUDGET);
        long municipalityId = access.user().municipalityId();
        ServiceArea area = municipalities.serviceArea(serviceAreaId).filter(a -> a.getMunicipalityId() == municipalityId)
                .orElseThrow(() -> new BusinessException("settlement.error.no-area"));
        if (amountOre < 0) {
            throw new BusinessException("budget.error.negative");
        }
        if (year < 2000 || year > 2100) {
            throw new BusinessException("budget.error.year");
        }
        Long old = jdbc.query("SELECT amount_ore FROM settlement_budget WHERE municipality_id = :m AND year = :y AND service_area_id = :a",
                Map.of("m", municipalityId, "y", year, "a", serviceAreaId), rs -> rs.next() ? rs.getLong(1) : null);
        jdbc.update("""
                INSERT INTO settlement_budget (municipality_id, year, service_area_id, amount_ore, updated_by, updated_at)
                VALUES (:m, :y, :a, :amount, :by, :at)
                ON DUPLICATE KEY UPDATE amount_ore = :amount, updated_by = :by, updated_at = :at, version = version + 1""",
                new MapSqlParameterSource("m", municipalityId).addValue("y", year).addValue("a", serviceAreaId).addValue("amount", amountOre)
                        .addValue("by", access.user().displayName()).addValue("at", VisitWriter.utc(clock.instant())));
        access.record(AuditEvent.BUDGET_SET, year, area.getName(), old == null ? "–" : Danish.kroner(old), Danish.kroner(amountOre));
    }

    /** The dashboard of the own municipality for a year. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(int year) {
        long municipalityId = accessGuard.requireOwn(Permission.VIEW_BUDGET).user().municipalityId();
        return dashboardOf(municipalityId, year);
    }

    Dashboard dashboardOf(long municipalityId, int year) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        List<ServiceArea> areas = municipalities.serviceAreas(municipalityId);
        Map<Long, Long> budgets = new HashMap<>();
        jdbc.query("SELECT service_area_id, amount_ore FROM settlement_budget WHERE municipality_id = :m AND year = :y",
                Map.of("m", municipalityId, "y", year), rs -> {
                    budgets.put(rs.getLong(1), rs.getLong(2));
                });
        long[] spentByMonth = new long[13];
        Map<Long, Long> spentByArea = new HashMap<>();
        int[] monthsSettled = {0};
        jdbc.query("""
                SELECT MONTH(r.month), l.service_area_id, SUM(l.amount_ore)
                FROM settlement_run r JOIN settlement_line l ON l.run_id = r.id
                WHERE r.municipality_id = :m AND r.month BETWEEN :first AND :last
                GROUP BY r.month, l.service_area_id""",
                Map.of("m", municipalityId, "first", LocalDate.of(year, 1, 1), "last", LocalDate.of(year, 12, 1)), rs -> {
                    int month = rs.getInt(1);
                    spentByMonth[month] += rs.getLong(3);
                    spentByArea.merge(rs.getLong(2), rs.getLong(3), Long::sum);
                    monthsSettled[0] = Math.max(monthsSettled[0], month);
                });
        Integer runs = jdbc.queryForObject("SELECT MAX(MONTH(month)) FROM settlement_run WHERE municipality_id = :m AND YEAR(month) = :y",
                Map.of("m", municipalityId, "y", year), Integer.class);
        int settled = Math.max(monthsSettled[0], runs == null ? 0 : runs);
        List<AreaFigures> areaFigures = new ArrayList<>();
        long budgetTotal = 0;
        long spentTotal = 0;
        for (ServiceArea area : areas) {
            long budget = budgets.getOrDefault(area.getId(), 0L);
            long spent = spentByArea.getOrDefault(area.getId(), 0L);
            if (budget == 0 && spent == 0) {
                continue;
            }
            long forecast = forecast(spent, settled);
            areaFigures.add(new AreaFigures(area.getId(), area.getName(), budget, spent, forecast, forecast - budget, percent(spent, budget)));
            budgetTotal += budget;
            spentTotal += spent;
        }
        List<MonthFigures> months = new ArrayList<>();
        long cumulative = 0;
        for (int m = 1; m <= 12; m++) {
            cumulative += spentByMonth[m];
            months.add(new MonthFigures(YearMonth.of(year, m), spentByMonth[m], cumulative));
        }
        long forecastTotal = forecast(spentTotal, settled);
        BigDecimal expected = today.getYear() > year ? BigDecimal.valueOf(100)
                : today.getYear() < year ? BigDecimal.ZERO
                : BigDecimal.valueOf(today.getDayOfYear() * 100L).divide(BigDecimal.valueOf(Year.of(year).length()), 1, RoundingMode.HALF_UP);
        return new Dashboard(year, today, settled, budgetTotal, spentTotal, forecastTotal, forecastTotal - budgetTotal,
                percent(spentTotal, budgetTotal), expected, METHOD, areaFigures, months, activity(municipalityId, year));
    }

    private List<Activity> activity(long municipalityId, int year) {
        Map<YearMonth, Long> granted = new HashMap<>();
        jdbc.query("SELECT month, granted_minutes FROM visit_activity_month WHERE municipality_id = :m AND month BETWEEN :first AND :last",
                Map.of("m", municipalityId, "first", LocalDate.of(year - 1, 1, 1), "last", LocalDate.of(year, 12, 1)), rs -> {
                    granted.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2));
                });
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        List<Activity> list = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth now = YearMonth.of(year, m);
            YearMonth before = now.minusYears(1);
            boolean future = now.atDay(1).isAfter(today);
            list.add(new Activity(m, perDay(granted.getOrDefault(now, 0L), now), perDay(granted.getOrDefault(before, 0L), before),
                    future ? 0 : citizensInCourses(municipalityId, now), citizensInCourses(municipalityId, before)));
        }
        return list;
    }

    private int citizensInCourses(long municipalityId, YearMonth month) {
        return (int) outcomes.forMunicipality(municipalityId, month).stream().mapToLong(CourseOutcome::citizenId).distinct().count();
    }

    private static BigDecimal perDay(long minutes, YearMonth month) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60L * month.lengthOfMonth()), 1, RoundingMode.HALF_UP);
    }

    static long forecast(long spent, int monthsSettled) {
        return monthsSettled == 0 ? 0 : BigDecimal.valueOf(spent).multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(monthsSettled), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
