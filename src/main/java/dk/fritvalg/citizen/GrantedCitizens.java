package dk.fritvalg.citizen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System side: the citizens of a municipality holding a grant in one of the service areas on a date, with the provider
 * chosen for that area on the date (one row per citizen and provider). For the survey's population once its service has
 * checked the staff member's permission; never used by a view.
 */
@Service
public class GrantedCitizens {

    /** A citizen and the provider who helps her in one or more of the areas. */
    public record Served(long citizenId, long providerId) {
    }

    private final JdbcClient jdbc;

    GrantedCitizens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Served> on(long municipalityId, Collection<Long> serviceAreaIds, LocalDate date) {
        if (serviceAreaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT c.id, pc.provider_id
                        FROM citizen c
                        JOIN care_grant g ON g.citizen_id = c.id AND g.service_area_id IN (:areas)
                             AND g.valid_from <= :date AND (g.valid_to IS NULL OR g.valid_to >= :date)
                        JOIN provider_choice pc ON pc.citizen_id = c.id AND pc.service_area_id = g.service_area_id
                             AND pc.valid_from <= :date AND (pc.valid_to IS NULL OR pc.valid_to >= :date)
                        WHERE c.municipality_id = :municipality
                        ORDER BY c.id, pc.provider_id""")
                .param("areas", serviceAreaIds).param("date", date).param("municipality", municipalityId)
                .query((rs, i) -> new Served(rs.getLong(1), rs.getLong(2))).list();
    }
}
