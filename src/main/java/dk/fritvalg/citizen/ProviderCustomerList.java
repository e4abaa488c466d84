package dk.fritvalg.citizen;

import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's customers as its staff see them: the citizens who chose it (one row per service area, from when, with
 * the granted minutes) and the citizens who bought add-ons from it. Only what the provider needs: name, address and
 * phone; never the CPR number. Paged and searched in the database; every citizen shown is logged as a look.
 */
@Service
public class ProviderCustomerList {

    /** Why the citizen is a customer: she chose the provider in a service area, or bought add-ons from it. */
    public enum Kind { CHOICE, ADD_ON }

    /** One row: a citizen and one reason she is a customer. */
    public record CustomerRow(long citizenId, String name, String address, String phone, Kind kind, String serviceArea, LocalDate since,
                              Integer minutesPerWeek) {
    }

    private static final String ROWS = """
            SELECT c.id, c.first_name, c.last_name, c.address, c.postcode, c.city, c.phone, 'CHOICE' AS kind, sa.name AS area,
                   pc.valid_from AS since, g.minutes_per_week AS minutes
            FROM provider_choice pc JOIN citizen c ON c.id = pc.citizen_id JOIN service_area sa ON sa.id = pc.service_area_id
            LEFT JOIN care_grant g ON g.citizen_id = pc.citizen_id AND g.service_area_id = pc.service_area_id
                 AND g.valid_from <= :today AND (g.valid_to IS NULL OR g.valid_to >= :today)
            WHERE pc.provider_id = :provider AND (pc.valid_to IS NULL OR pc.valid_to >= :today)
              AND (:search IS NULL OR CONCAT(c.first_name, ' ', c.last_name) LIKE :search OR c.address LIKE :search)
            UNION ALL
            SELECT c.id, c.first_name, c.last_name, c.address, c.postcode, c.city, c.phone, 'ADD_ON', NULL,
                   DATE(MIN(o.placed_at)), NULL
            FROM addon_order o JOIN citizen c ON c.id = o.citizen_id
            WHERE o.provider_id = :provider
              AND (:search IS NULL OR CONCAT(c.first_name, ' ', c.last_name) LIKE :search OR c.address LIKE :search)
            GROUP BY c.id, c.first_name, c.last_name, c.address, c.postcode, c.city, c.phone""";

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessGuard accessGuard;
    private final Clock clock;

    ProviderCustomerList(NamedParameterJdbcTemplate jdbc, AccessGuard accessGuard, Clock clock) {
        this.jdbc = jdbc;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** A page of the customers whose name or address contains the search text (blank: all), by name. */
    @Transactional(readOnly = true)
    public List<CustomerRow> page(long providerId, String search, int offset, int limit) {
        Access access = accessGuard.require(Permission.VIEW_PROVIDER_CUSTOMERS, Target.provider(providerId));
        List<CustomerRow> rows = jdbc.query("SELECT * FROM (" + ROWS + ") x ORDER BY last_name, first_name, id, kind, area LIMIT :limit OFFSET :offset",
                params(providerId, search).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> new CustomerRow(rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                        rs.getString("address") + ", " + rs.getString("postcode") + " " + rs.getString("city"), rs.getString("phone"),
                        Kind.valueOf(rs.getString("kind")), rs.getString("area"),
                        rs.getDate("since") == null ? null : rs.getDate("since").toLocalDate(),
                        (Integer) rs.getObject("minutes", Integer.class)));
        access.recordLooks(rows.stream().map(CustomerRow::citizenId).toList());
        return rows;
    }

    @Transactional(readOnly = true)
    public int count(long providerId, String search) {
        accessGuard.require(Permission.VIEW_PROVIDER_CUSTOMERS, Target.provider(providerId));
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM (" + ROWS + ") x", params(providerId, search), Integer.class);
        return count == null ? 0 : count;
    }

    private MapSqlParameterSource params(long providerId, String search) {
        String like = search == null || search.isBlank() ? null
                : "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new MapSqlParameterSource("provider", providerId).addValue("today", LocalDate.now(clock)).addValue("search", like);
    }
}
