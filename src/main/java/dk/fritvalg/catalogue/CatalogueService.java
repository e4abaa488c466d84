package dk.fritvalg.catalogue;

import java.sql.Types;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public reading of the add-on catalogue. */
@Service
public class CatalogueService {

    private final AddOnRepository addOns;
    private final AddOnPackageRepository packages;

    private final NamedParameterJdbcTemplate jdbc;

    CatalogueService(AddOnRepository addOns, AddOnPackageRepository packages, NamedParameterJdbcTemplate jdbc) {
        this.addOns = addOns;
        this.packages = packages;
        this.jdbc = jdbc;
    }

    /**
     * The SQL behind {@link #search}; public so the benchmark can time the same query raw. An add-on
     * without postcodes of its own goes where its provider goes (the provider's postcodes, read here
     * by id for speed rather than asking the provider module row by row).
     */
    public static final String SEARCH_SQL = """
            SELECT id, provider_id, name, category, unit, price_ore, vat_rate_percent, cost_based, duration_minutes
            FROM add_on
            WHERE municipality_id = :municipality AND active = TRUE
              AND (:category IS NULL OR category = :category)
              AND (:provider IS NULL OR provider_id = :provider)
              AND (:maxPrice IS NULL OR price_ore <= :maxPrice)
              AND (:weekday IS NULL OR FIND_IN_SET(:weekday, weekdays) > 0)
              AND (:eligibility IS NULL OR FIND_IN_SET(eligibility, :eligibility) > 0)
              AND (:postcode IS NULL OR FIND_IN_SET(:postcode, postcodes) > 0
                   OR (postcodes = '' AND (NOT EXISTS (SELECT 1 FROM provider_postcode a WHERE a.provider_id = add_on.provider_id)
                       OR EXISTS (SELECT 1 FROM provider_postcode p WHERE p.provider_id = add_on.provider_id AND p.postcode = :postcode))))
            ORDER BY price_ore, name, id
            LIMIT :limit OFFSET :offset""";

    /**
     * Public: active add-ons of a municipality matching the search, cheapest first, one page at a time.
     * A projection in one query, so a page costs the same at 50,000 offers as at 50. One statement
     * needs no transaction: without one it skips the JPA transaction's extra round trips (begin,
     * read-only, commit), about half the cost of a search.
     */
    public List<AddOnSummary> search(AddOnSearch search, int offset, int limit) {
        return jdbc.query(SEARCH_SQL, searchParameters(search, offset, limit), (rs, row) -> new AddOnSummary(
                rs.getLong(1), rs.getLong(2), rs.getString(3), AddOnCategory.valueOf(rs.getString(4)),
                AddOnUnit.valueOf(rs.getString(5)), rs.getLong(6), rs.getInt(7), rs.getBoolean(8),
                (Integer) rs.getObject(9)));
    }

    /** The parameters of {@link #SEARCH_SQL} for a search. */
    public static MapSqlParameterSource searchParameters(AddOnSearch search, int offset, int limit) {
        // Typed, so a null filter is bound with setNull(type) instead of a round trip for parameter metadata.
        return new MapSqlParameterSource()
                .addValue("municipality", search.municipalityId(), Types.BIGINT)
                .addValue("category", search.category() == null ? null : search.category().name(), Types.VARCHAR)
                .addValue("provider", search.providerId(), Types.BIGINT)
                .addValue("maxPrice", search.maxPriceOre(), Types.BIGINT)
                .addValue("weekday", search.weekday() == null ? null : search.weekday().name(), Types.VARCHAR)
                .addValue("postcode", search.postcode(), Types.VARCHAR)
                .addValue("eligibility", search.eligibility() == null ? null
                        : search.eligibility().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), Types.VARCHAR)
                .addValue("limit", limit, Types.INTEGER)
                .addValue("offset", offset, Types.INTEGER);
    }

    /** Public: one add-on, active or not (an order keeps pointing at it). */
    @Transactional(readOnly = true)
    public Optional<AddOn> addOn(long addOnId) {
        return addOns.findById(addOnId);
    }

    /** Public: one package with its contents and the saving. */
    @Transactional(readOnly = true)
    public Optional<PackageDetails> addOnPackage(long packageId) {
        return packages.findById(packageId).map(this::details);
    }

    /** Public: the packages of a municipality with their contents and savings. */
    @Transactional(readOnly = true)
    public List<PackageDetails> packageDetailsInMunicipality(long municipalityId) {
        return packages.findByMunicipalityIdAndActiveTrueOrderByName(municipalityId).stream().map(this::details).toList();
    }

    private PackageDetails details(AddOnPackage addOnPackage) {
        List<PackageDetails.Item> items = new ArrayList<>();
        addOnPackage.getItems().forEach((addOnId, quantity) ->
                addOns.findById(addOnId).ifPresent(a -> items.add(new PackageDetails.Item(a, quantity))));
        items.sort(Comparator.comparing(i -> i.addOn().getName()));
        return new PackageDetails(addOnPackage, List.copyOf(items));
    }

    @Transactional(readOnly = true)
    public List<AddOn> addOnsOfProvider(long providerId) {
        return addOns.findByProviderIdAndActiveTrueOrderByName(providerId);
    }

    /** The active add-ons of several providers in one query, by provider and name. */
    @Transactional(readOnly = true)
    public List<AddOn> addOnsOfProviders(Collection<Long> providerIds) {
        return providerIds.isEmpty() ? List.of() : addOns.findByProviderIdInAndActiveTrueOrderByProviderIdAscNameAsc(providerIds);
    }

    @Transactional(readOnly = true)
    public List<AddOn> addOnsInMunicipality(long municipalityId) {
        return addOns.findByMunicipalityIdAndActiveTrueOrderByName(municipalityId);
    }

    @Transactional(readOnly = true)
    public List<AddOnPackage> packagesInMunicipality(long municipalityId) {
        return packages.findByMunicipalityIdAndActiveTrueOrderByName(municipalityId);
    }
}
