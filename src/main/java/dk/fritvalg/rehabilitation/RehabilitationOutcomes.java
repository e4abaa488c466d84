package dk.fritvalg.rehabilitation;

import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.shared.TimeConfiguration;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System side: the courses active in a month with their results, for the monthly settlement job. It checks no
 * permission (a job has no user); people reach the same figures through {@link RehabilitationService}, which
 * checks theirs. A course counts in a month when it started on or before the month's last day and was not
 * finished before its first day, so a course finished in the month is there with its result.
 */
@Service
public class RehabilitationOutcomes {

    private static final String SELECT = """
            SELECT id, municipality_id, provider_id, citizen_id, model, start_date, end_date, status, result, finished_on,
                   received_at
            FROM rehabilitation_course
            """;

    private final JdbcClient jdbc;

    RehabilitationOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<CourseOutcome> forMunicipality(long municipalityId, YearMonth month) {
        return inMonth("municipality_id", municipalityId, month);
    }

    @Transactional(readOnly = true)
    public List<CourseOutcome> forProvider(long providerId, YearMonth month) {
        return inMonth("provider_id", providerId, month);
    }

    private List<CourseOutcome> inMonth(String ownerColumn, long ownerId, YearMonth month) {
        return jdbc.sql(SELECT + " WHERE " + ownerColumn + """
                         = :owner AND start_date <= :last AND (finished_on IS NULL OR finished_on >= :first)
                        ORDER BY start_date, id""")
                .param("owner", ownerId).param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query(RehabilitationOutcomes::outcome).list();
    }

    @Transactional(readOnly = true)
    public Optional<CourseOutcome> ofCourse(long courseId) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", courseId).query(RehabilitationOutcomes::outcome).optional();
    }

    /**
     * For settlement's budget follow-up: the number of different citizens with a course in each month from
     * {@code from} to {@code to} (counted as in {@link #forMunicipality}), in one query.
     */
    @Transactional(readOnly = true)
    public java.util.Map<YearMonth, Integer> citizensInCourses(long municipalityId, YearMonth from, YearMonth to) {
        java.util.Map<YearMonth, Integer> counts = new java.util.TreeMap<>();
        StringBuilder months = new StringBuilder();
        var params = new java.util.HashMap<String, Object>();
        int i = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1), i++) {
            counts.put(m, 0);
            months.append(i == 0 ? "" : " UNION ALL ").append("SELECT :f").append(i).append(" AS first_day, :l").append(i).append(" AS last_day");
            params.put("f" + i, m.atDay(1));
            params.put("l" + i, m.atEndOfMonth());
        }
        if (i == 0) {
            return counts;
        }
        params.put("owner", municipalityId);
        jdbc.sql("SELECT m.first_day, COUNT(DISTINCT c.citizen_id) FROM (" + months + """
                ) m JOIN rehabilitation_course c ON c.municipality_id = :owner AND c.start_date <= m.last_day
                        AND (c.finished_on IS NULL OR c.finished_on >= m.first_day)
                GROUP BY m.first_day""").params(params)
                .query((rs, row) -> java.util.Map.entry(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getInt(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static CourseOutcome outcome(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("result");
        Date finished = rs.getDate("finished_on");
        // DATETIME columns hold UTC wall-clock times
        LocalDateTime received = rs.getObject("received_at", LocalDateTime.class);
        return new CourseOutcome(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("provider_id"), rs.getLong("citizen_id"),
                RehabilitationModel.valueOf(rs.getString("model")), rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date").toLocalDate(), CourseStatus.valueOf(rs.getString("status")),
                result == null ? null : CourseResult.valueOf(result), finished == null ? null : finished.toLocalDate(),
                received == null ? null : received.toInstant(ZoneOffset.UTC).atZone(TimeConfiguration.DANISH_TIME).toLocalDate());
    }
}
