package dk.fritvalg.market;

import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.SettlementUnit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * Seeds settlement prices from {@code catalogue/municipalities/<code>-<name>/prices.yaml} for a municipality that has
 * none yet (a first installation, the demo). After that prices are set in the portal only: a municipality with prices
 * is never touched here. A file with an error is reported and nothing from it is written.
 */
@Component
@Order(15)
class PriceSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PriceSeed.class);

    private final PriceEntryRepository entries;
    private final MunicipalityService municipalities;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Path root;
    private final boolean enabled;

    PriceSeed(PriceEntryRepository entries, MunicipalityService municipalities, TransactionTemplate transaction, Clock clock,
              @Value("${fritvalg.catalogue.path:catalogue}") Path root,
              @Value("${fritvalg.catalogue.import-on-start:true}") boolean enabled) {
        this.entries = entries;
        this.municipalities = municipalities;
        this.transaction = transaction;
        this.clock = clock;
        this.root = root;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path folders = root.resolve("municipalities");
        if (!enabled || !Files.isDirectory(folders)) {
            return;
        }
        try (Stream<Path> list = Files.list(folders)) {
            for (Path file : list.map(folder -> folder.resolve("prices.yaml")).filter(Files::isRegularFile).sorted().toList()) {
                seed(file);
            }
        } catch (IOException e) {
            log.error("Settlement prices: cannot read {}: {}", folders, e.getMessage());
        }
    }

    private void seed(Path file) throws IOException {
        String code = file.getParent().getFileName().toString().substring(0, 4);
        Municipality municipality = municipalities.byCode(code).filter(Municipality::isOnPortal).orElse(null);
        if (municipality == null || !entries.findByMunicipalityIdOrderByServiceAreaIdAscUnitAscValidFromAsc(municipality.getId()).isEmpty()) {
            return;
        }
        List<String> errors = new ArrayList<>();
        List<PriceEntry> rows = parse(municipality, Files.readString(file, StandardCharsets.UTF_8), errors);
        if (!errors.isEmpty()) {
            errors.forEach(error -> log.error("Settlement prices {}: {}", file, error));
            return;
        }
        transaction.executeWithoutResult(status -> entries.saveAll(rows));
        log.info("Settlement prices: {} prices for {} from {}", rows.size(), municipality.getName(), file);
    }

    /** The file's prices; each one ends the day before the next one of its area and unit starts. */
    List<PriceEntry> parse(Municipality municipality, String content, List<String> errors) {
        record Line(long areaId, SettlementUnit unit, long priceOre, LocalDate from) {
        }
        List<Line> lines = new ArrayList<>();
        Object document;
        try {
            document = new Yaml().load(content);
        } catch (RuntimeException e) {
            errors.add("not valid YAML: " + e.getMessage());
            return List.of();
        }
        if (!(document instanceof Map<?, ?> map) || !(map.get("prices") instanceof List<?> prices)) {
            errors.add("the file must have a list 'prices'");
            return List.of();
        }
        for (int i = 0; i < prices.size(); i++) {
            String where = "price " + (i + 1);
            if (!(prices.get(i) instanceof Map<?, ?> price)) {
                errors.add(where + ": not a price");
                continue;
            }
            try {
                ServiceAreaKind kind = ServiceAreaKind.valueOf(String.valueOf(price.get("serviceArea")));
                ServiceArea area = municipalities.serviceArea(municipality.getId(), kind).orElse(null);
                if (area == null) {
                    errors.add(where + " [serviceArea]: " + kind + " is not a service area of " + municipality.getName());
                    continue;
                }
                BigDecimal kroner = new BigDecimal(String.valueOf(price.get("priceDkk")));
                if (kroner.signum() < 0 || kroner.scale() > 2) {
                    errors.add(where + " [priceDkk]: must be a positive amount with at most two decimals");
                    continue;
                }
                lines.add(new Line(area.getId(), SettlementUnit.valueOf(String.valueOf(price.get("unit"))),
                        kroner.movePointRight(2).longValueExact(), LocalDate.parse(String.valueOf(price.get("validFrom")))));
            } catch (RuntimeException e) {
                errors.add(where + ": serviceArea, unit (" + List.of(SettlementUnit.values()) + "), priceDkk and validFrom (yyyy-mm-dd) "
                        + "are required: " + e.getMessage());
            }
        }
        lines.sort(Comparator.comparing(Line::areaId).thenComparing(Line::unit).thenComparing(Line::from));
        List<PriceEntry> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            boolean followed = next != null && next.areaId() == line.areaId() && next.unit() == line.unit();
            if (followed && next.from().equals(line.from())) {
                errors.add("two prices for the same service area and unit start on " + line.from());
            }
            rows.add(new PriceEntry(municipality.getId(), line.areaId(), line.unit(), line.priceOre(), line.from(),
                    followed ? next.from().minusDays(1) : null, "Fra kataloget", null, clock.instant()));
        }
        return rows;
    }
}
