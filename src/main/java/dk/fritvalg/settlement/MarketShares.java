package dk.fritvalg.settlement;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API: market shares per service area and provider in a month, from the visits: citizens served and hours
 * granted (for visits delivered or cancelled late by the citizen, i.e. help that was there), each as a share of the area.
 */
@Service
public class MarketShares {

    public record Share(long serviceAreaId, String serviceAreaName, long providerId, String providerName, int citizens,
                        BigDecimal grantedHours, BigDecimal citizenShare, BigDecimal hourShare) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final AccessGuard accessGuard;

    MarketShares(NamedParameterJdbcTemplate jdbc, MunicipalityService municipalities, ProviderService providers, AccessGuard accessGuard) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.providers = providers;
        this.accessGuard = accessGuard;
    }

    @Transactional(readOnly = true)
    public List<Share> ofMonth(YearMonth month) {
        long municipalityId = accessGuard.requireOwn(Permission.VIEW_SETTLEMENT).user().municipalityId();
        Map<Long, String> areaNames = municipalities.serviceAreas(municipalityId).stream()
                .collect(Collectors.toMap(ServiceArea::getId, ServiceArea::getName));
        Map<Long, String> providerNames = providers.inMunicipality(municipalityId).stream()
                .collect(Collectors.toMap(Provider::getId, Provider::getName, (a, b) -> a));
        record Raw(long area, long provider, int citizens, long minutes) {
        }
        List<Raw> raw = jdbc.query("""
                SELECT service_area_id, provider_id, COUNT(DISTINCT citizen_id), SUM(granted_minutes)
                FROM visit
                WHERE municipality_id = :m AND planned_date BETWEEN :first AND :last AND status IN ('DELIVERED', 'CANCELLED_BY_CITIZEN')
                GROUP BY service_area_id, provider_id""",
                new MapSqlParameterSource("m", municipalityId).addValue("first", month.atDay(1)).addValue("last", month.atEndOfMonth()),
                (rs, i) -> new Raw(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4)));
        Map<Long, Integer> citizensByArea = raw.stream().collect(Collectors.groupingBy(Raw::area, Collectors.summingInt(Raw::citizens)));
        Map<Long, Long> minutesByArea = raw.stream().collect(Collectors.groupingBy(Raw::area, Collectors.summingLong(Raw::minutes)));
        List<Share> shares = new ArrayList<>();
        for (Raw r : raw) {
            shares.add(new Share(r.area(), areaNames.getOrDefault(r.area(), ""), r.provider(), providerNames.getOrDefault(r.provider(), ""),
                    r.citizens(), SettlementEngine.hours(r.minutes()), percent(r.citizens(), citizensByArea.get(r.area())),
                    percent(r.minutes(), minutesByArea.get(r.area()))));
        }
        shares.sort(java.util.Comparator.comparing(Share::serviceAreaName).thenComparing(Share::hourShare, java.util.Comparator.reverseOrder()));
        return shares;
    }

    /** The same as CSV (semicolons, Danish decimals, UTF-8 with BOM). */
    @Transactional(readOnly = true)
    public byte[] csv(YearMonth month) {
        StringBuilder out = new StringBuilder("\uFEFFMåned;Ydelsesområde;Leverandør;Borgere;Visiterede timer;Andel borgere (%);Andel timer (%)\r\n");
        for (Share s : ofMonth(month)) {
            out.append(month).append(';').append(s.serviceAreaName().replace(";", ",")).append(';').append(s.providerName().replace(";", ","))
                    .append(';').append(s.citizens()).append(';').append(Danish.plain(s.grantedHours())).append(';')
                    .append(Danish.plain(s.citizenShare())).append(';').append(Danish.plain(s.hourShare())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
