package dk.fritvalg.citizen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System side: the citizens a provider serves on a date, with the addresses to tell them and their relatives holding a
 * power of attorney. For the market's services once they have checked the user's permission (a suspension, a
 * provider failure); never used by a view.
 */
@Service
public class ProviderCustomers {

    /** A citizen served by the provider in one or more service areas, with who is to be told. */
    public record Customer(long citizenId, String name, String email, List<Long> serviceAreaIds, List<String> relativeEmails) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ProviderCustomers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Customer> of(long providerId, LocalDate date) {
        MapSqlParameterSource params = new MapSqlParameterSource("provider", providerId).addValue("date", date);
        record Row(long citizenId, String name, String email, long areaId) {
        }
        List<Row> rows = jdbc.query("""
                SELECT c.id, c.first_name, c.last_name, c.email, pc.service_area_id
                FROM provider_choice pc JOIN citizen c ON c.id = pc.citizen_id
                WHERE pc.provider_id = :provider AND pc.valid_from <= :date AND (pc.valid_to IS NULL OR pc.valid_to >= :date)
                ORDER BY c.id, pc.service_area_id""", params,
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2) + " " + rs.getString(3), rs.getString(4), rs.getLong(5)));
        Map<Long, List<String>> relatives = new LinkedHashMap<>();
        jdbc.query("""
                SELECT DISTINCT p.citizen_id, r.email
                FROM power_of_attorney p JOIN relative r ON r.id = p.relative_id
                JOIN provider_choice pc ON pc.citizen_id = p.citizen_id
                WHERE pc.provider_id = :provider AND pc.valid_from <= :date AND (pc.valid_to IS NULL OR pc.valid_to >= :date)
                  AND p.revoked_at IS NULL AND p.valid_from <= :date AND (p.valid_to IS NULL OR p.valid_to >= :date)
                  AND r.email IS NOT NULL""", params,
                rs -> {
                    relatives.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, Customer> customers = new LinkedHashMap<>();
        for (Row row : rows) {
            Customer existing = customers.get(row.citizenId());
            List<Long> areas = new ArrayList<>(existing == null ? List.of() : existing.serviceAreaIds());
            areas.add(row.areaId());
            customers.put(row.citizenId(), new Customer(row.citizenId(), row.name(), row.email(), List.copyOf(areas),
                    List.copyOf(relatives.getOrDefault(row.citizenId(), List.of()))));
        }
        return List.copyOf(customers.values());
    }
}
