package dk.fritvalg.catalogue;

import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.LegalBasis;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.MunicipalitySettings;
import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.municipality.SettingsRules;
import dk.fritvalg.municipality.SwitchApproval;
import dk.fritvalg.municipality.SwitchRule;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderFeature;
import dk.fritvalg.provider.ProviderProfile;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.shared.Cvr;
import dk.fritvalg.shared.Postcodes;
import dk.fritvalg.shared.WebAddress;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads {@code catalogue/}: the official list of municipalities, and per municipality on the portal
 * its settings and service areas, its providers, and their add-ons and packages.
 *
 * <p>Each file is read and checked whole before anything from it is written, then written in one
 * transaction: a bad file is reported with file, line and field and leaves the database as it was.
 * A file unchanged since its last import is skipped, so importing again changes nothing.
 *
 * <p>The portal is the source of truth: at start ({@link #seed}) a file is imported only until it has been imported
 * once, so a catalogue seeds an empty database (a first installation, the demo) and never overwrites what people
 * have since changed in the portal; a file changed after its import is reported and left alone. {@link #importAll}
 * applies changed files on purpose, as a bulk update.
 */
@Component
public class CatalogueImporter {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImporter.class);
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final AddOnRepository addOns;
    private final AddOnPackageRepository packages;
    private final CatalogueFileRepository files;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CatalogueImporter(MunicipalityService municipalities, ProviderService providers, AddOnRepository addOns,
                      AddOnPackageRepository packages, CatalogueFileRepository files, TransactionTemplate transaction, Clock clock) {
        this.municipalities = municipalities;
        this.providers = providers;
        this.addOns = addOns;
        this.packages = packages;
        this.files = files;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Imports everything below {@code root}, changed files too (a bulk update on purpose); files that fail are reported and skipped. */
    public ImportReport importAll(Path root) {
        return run(root, false);
    }

    /**
     * At start: imports only the files never imported before, so the catalogue fills an empty database and never
     * overwrites the portal. A file changed since its import is listed as {@link ImportReport#kept()} and logged.
     */
    public ImportReport seed(Path root) {
        return run(root, true);
    }

    private ImportReport run(Path root, boolean seedOnly) {
        Accumulator report = new Accumulator(root, seedOnly);
        report.file(root.resolve("municipalities.csv"), this::importMunicipalities);
        Path folders = root.resolve("municipalities");
        if (Files.isDirectory(folders)) {
            try (Stream<Path> list = Files.list(folders)) {
                for (Path folder : list.filter(Files::isDirectory).sorted().toList()) {
                    report.file(folder.resolve("municipality.yaml"), this::importMunicipality);
                    report.file(folder.resolve("providers.yaml"), this::importProviders);
                    report.file(folder.resolve("addons.yaml"), this::importAddOns);
                }
            } catch (IOException e) {
                report.errors.add(new CatalogueError(report.name(folders), 0, null, "cannot list folder: " + e.getMessage()));
            }
        }
        ImportReport result = report.toReport();
        result.errors().forEach(error -> log.error("Catalogue: {}", error));
        result.kept().forEach(file -> log.warn("Catalogue: {} has changed since it was imported; the portal keeps what is in it now "
                + "(the portal is the source of truth; import the file on purpose to apply it)", file));
        log.info("Catalogue import: {} files imported, {} unchanged, {} rejected",
                result.imported().size(), result.unchanged().size(), result.rejected().size());
        return result;
    }

    /** A checked file, ready to be written. */
    private interface Parsed {
        void write();
    }

    /** Reads and checks a file's content; adds errors, returns what to write when there are none. */
    private interface FileParser {
        Parsed parse(String name, Path path, String content, List<CatalogueError> errors);
    }

    private final class Accumulator {
        private final Path root;
        private final boolean seedOnly;
        private final List<String> kept = new ArrayList<>();
        private final List<String> imported = new ArrayList<>();
        private final List<String> unchanged = new ArrayList<>();
        private final List<String> rejected = new ArrayList<>();
        private final List<CatalogueError> errors = new ArrayList<>();

        Accumulator(Path root, boolean seedOnly) {
            this.root = root;
            this.seedOnly = seedOnly;
        }

        String name(Path path) {
            Path base = root.toAbsolutePath().getParent();
            Path absolute = path.toAbsolutePath();
            return (base != null && absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
        }

        void file(Path path, FileParser parser) {
            if (!Files.isRegularFile(path)) {
                return;
            }
            String name = name(path);
            String content;
            try {
                content = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                errors.add(new CatalogueError(name, 0, null, "cannot read file: " + e.getMessage()));
                rejected.add(name);
                return;
            }
            String sha = sha256(content);
            Optional<CatalogueFile> before = files.findById(name);
            if (before.map(f -> f.getSha256().equals(sha)).orElse(false)) {
                unchanged.add(name);
                return;
            }
            if (seedOnly && before.isPresent()) {
                kept.add(name);
                return;
            }
            List<CatalogueError> fileErrors = new ArrayList<>();
            Parsed parsed = parse(parser, name, path, content, fileErrors);
            if (!fileErrors.isEmpty() || parsed == null) {
                errors.addAll(fileErrors);
                rejected.add(name);
                return;
            }
            try {
                transaction.executeWithoutResult(status -> {
                    parsed.write();
                    files.save(new CatalogueFile(name, sha, clock.instant()));
                });
                imported.add(name);
            } catch (RuntimeException e) {
                log.warn("Catalogue file {} could not be written", name, e);
                errors.add(new CatalogueError(name, 0, null, "could not be saved: " + e.getMessage()));
                rejected.add(name);
            }
        }

        /** A file the checks did not foresee is reported and skipped; the rest of the catalogue, and the portal, go on. */
        private Parsed parse(FileParser parser, String name, Path path, String content, List<CatalogueError> fileErrors) {
            try {
                return parser.parse(name, path, content, fileErrors);
            } catch (RuntimeException e) {
                log.warn("Catalogue file {} could not be read", name, e);
                fileErrors.add(new CatalogueError(name, 0, null, "could not be read: " + e.getMessage()));
                return null;
            }
        }

        ImportReport toReport() {
            return new ImportReport(List.copyOf(imported), List.copyOf(unchanged), List.copyOf(rejected), List.copyOf(errors),
                    List.copyOf(kept));
        }
    }

    // --- municipalities.csv ---------------------------------------------------------------------------

    private Parsed importMunicipalities(String name, Path path, String content, List<CatalogueError> errors) {
        List<MunicipalityService.Reference> references = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        // The line the next record starts on, for a record the parser cannot read at all (a quote never closed).
        int next = 2;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            for (String column : List.of("code", "name", "region_code", "region")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    errors.add(new CatalogueError(name, 1, column, "missing column"));
                }
            }
            if (!errors.isEmpty()) {
                return null;
            }
            for (CSVRecord row : parser) {
                int line = next;
                String code = row.get("code");
                String municipality = row.get("name");
                String regionCode = row.get("region_code");
                String region = row.get("region");
                if (!FOUR_DIGITS.matcher(code).matches()) {
                    errors.add(new CatalogueError(name, line, "code", "'" + code + "' is not a four-digit municipality code"));
                } else if (!codes.add(code)) {
                    errors.add(new CatalogueError(name, line, "code", code + " appears twice"));
                }
                if (municipality.isBlank() || municipality.length() > 100) {
                    errors.add(new CatalogueError(name, line, "name", "must be 1–100 characters"));
                }
                if (!FOUR_DIGITS.matcher(regionCode).matches()) {
                    errors.add(new CatalogueError(name, line, "region_code", "'" + regionCode + "' is not a four-digit region code"));
                }
                if (region.isBlank() || region.length() > 100) {
                    errors.add(new CatalogueError(name, line, "region", "must be 1–100 characters"));
                }
                references.add(new MunicipalityService.Reference(code, municipality, regionCode, region));
                next = (int) parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new CatalogueError(name, next, null, "not a valid CSV line (is a \" not closed?): " + e.getMessage()));
            return null;
        }
        return () -> municipalities.importReference(references);
    }

    // --- municipality.yaml ----------------------------------------------------------------------------

    private Parsed importMunicipality(String name, Path path, String content, List<CatalogueError> errors) {
        YamlObject root = readYaml(name, content, errors);
        if (root == null) {
            return null;
        }
        root.allowOnly("code", "contractModel", "rehabilitationModel", "rehabilitationContinuity", "switchRule",
                "switchNoticeDays", "switchCutoffDay", "switchApproval", "minimumGroupSize", "contactPhone", "contactEmail",
                "website", "serviceAreas");
        String code = root.string("code", true, 4);
        if (code != null && municipalities.byCode(code).isEmpty()) {
            root.error("code", "'" + code + "' is not a municipality code in municipalities.csv");
        }
        String folder = path.getParent().getFileName().toString();
        if (code != null && !folder.startsWith(code)) {
            root.error("code", "'" + code + "' does not match the folder " + folder);
        }
        SwitchRule switchRule = root.enumValue("switchRule", SwitchRule.class, true);
        Integer noticeDays = root.integer("switchNoticeDays", switchRule == SwitchRule.NOTICE_DAYS, 0, 365);
        Integer cutoffDay = root.integer("switchCutoffDay", switchRule == SwitchRule.MONTHLY_CUTOFF, 1, 28);
        MunicipalitySettings settings = new MunicipalitySettings(
                root.enumValue("contractModel", ContractModel.class, true),
                root.enumValue("rehabilitationModel", RehabilitationModel.class, true),
                Boolean.TRUE.equals(root.bool("rehabilitationContinuity", true)),
                switchRule, noticeDays, cutoffDay,
                root.enumValue("switchApproval", SwitchApproval.class, true),
                Optional.ofNullable(root.integer("minimumGroupSize", false, SettingsRules.MINIMUM_GROUP_SIZE, SettingsRules.MAXIMUM_GROUP_SIZE))
                        .orElse(SettingsRules.MINIMUM_GROUP_SIZE),
                root.string("contactPhone", false, 40),
                root.string("contactEmail", false, 200),
                webAddress(root, "website"));
        List<MunicipalityService.ServiceAreaDefinition> areas = new ArrayList<>();
        Set<ServiceAreaKind> kinds = EnumSet.noneOf(ServiceAreaKind.class);
        for (YamlObject area : root.objects("serviceAreas", true)) {
            area.allowOnly("code", "name", "legalBasis", "description");
            ServiceAreaKind kind = area.enumValue("code", ServiceAreaKind.class, true);
            if (kind != null && !kinds.add(kind)) {
                area.error("code", kind + " appears twice");
            }
            areas.add(new MunicipalityService.ServiceAreaDefinition(kind, area.string("name", true, 100),
                    area.enumValue("legalBasis", LegalBasis.class, true), area.string("description", false, 1000)));
        }
        if (areas.isEmpty()) {
            root.error("serviceAreas", "at least one service area is required");
        }
        return () -> municipalities.configure(code, settings, areas);
    }

    // --- providers.yaml -------------------------------------------------------------------------------

    private record ProviderEntry(String key, ProviderProfile profile, List<AgreementEntry> agreements) {
    }

    private record AgreementEntry(ServiceAreaKind area, AgreementModel model, LocalDate from, LocalDate to, Integer capacity,
                                  Long priceOre, SettlementUnit priceUnit) {
    }

    private Parsed importProviders(String name, Path path, String content, List<CatalogueError> errors) {
        YamlObject root = readYaml(name, content, errors);
        if (root == null) {
            return null;
        }
        root.allowOnly("providers");
        Municipality municipality = municipalityOfFolder(path, root, "providers");
        Map<ServiceAreaKind, Long> areaIds = municipality == null ? Map.of() : serviceAreaIds(municipality.getId());
        List<ProviderEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> cvrs = new HashSet<>();
        int municipal = 0;
        for (YamlObject p : root.objects("providers", true)) {
            p.allowOnly("key", "name", "type", "cvr", "description", "ownership", "address", "postcode", "city", "phone",
                    "email", "website", "languages", "features", "acceptingNewCitizens", "cancellationDeadlineHour",
                    "lastInspection", "postcodes", "agreements");
            String key = key(p, keys);
            if (key != null && municipality != null && providers.byCatalogueKey(key)
                    .filter(other -> !other.getMunicipalityId().equals(municipality.getId())).isPresent()) {
                p.error("key", "'" + key + "' is a provider of another municipality; choose a key of your own");
            }
            ProviderType type = p.enumValue("type", ProviderType.class, true);
            if (type == ProviderType.MUNICIPAL && ++municipal > 1) {
                p.error("type", "a municipality has at most one municipal provider");
            }
            String cvr = p.string("cvr", true, 8);
            if (cvr != null && !Cvr.isValid(cvr)) {
                p.error("cvr", "'" + cvr + "' is not a valid CVR number (eight digits, modulus 11)");
            } else if (cvr != null && !cvrs.add(cvr)) {
                p.error("cvr", cvr + " appears twice");
            }
            String postcode = p.string("postcode", false, 4);
            if (postcode != null && !Postcodes.isValid(postcode)) {
                p.error("postcode", "'" + postcode + "' is not a Danish postcode");
            }
            List<String> languages = Optional.ofNullable(p.strings("languages", false)).orElse(List.of());
            languages.stream().filter(l -> !LANGUAGE.matcher(l).matches()).findFirst()
                    .ifPresent(l -> p.error("languages", "'" + l + "' is not a two-letter language code"));
            Set<ProviderFeature> features = enumSet(p, "features", ProviderFeature.class);
            Set<String> served = postcodes(p, "postcodes", true);
            Integer deadline = Optional.ofNullable(p.integer("cancellationDeadlineHour", false, 0, 23)).orElse(14);
            ProviderProfile profile = new ProviderProfile(type, cvr, p.string("name", true, 200),
                    p.string("description", false, 2000), p.string("ownership", false, 200), p.string("address", false, 200),
                    postcode, p.string("city", false, 100), p.string("phone", false, 40), p.string("email", false, 200),
                    webAddress(p, "website"), languages, features,
                    !Boolean.FALSE.equals(p.bool("acceptingNewCitizens", false)), deadline,
                    p.date("lastInspection", false), served);
            List<AgreementEntry> agreements = new ArrayList<>();
            for (YamlObject a : p.objects("agreements", true)) {
                a.allowOnly("serviceArea", "model", "validFrom", "validTo", "capacity", "priceDkk", "priceUnit");
                ServiceAreaKind area = a.enumValue("serviceArea", ServiceAreaKind.class, true);
                if (area != null && municipality != null && !areaIds.containsKey(area)) {
                    a.error("serviceArea", area + " is not a service area of " + municipality.getName());
                }
                LocalDate from = a.date("validFrom", true);
                LocalDate to = a.date("validTo", false);
                if (from != null && to != null && to.isBefore(from)) {
                    a.error("validTo", "ends before validFrom");
                }
                AgreementModel model = a.enumValue("model", AgreementModel.class, true);
                Long price = a.amountInOre("priceDkk", false);
                SettlementUnit unit = a.enumValue("priceUnit", SettlementUnit.class, price != null);
                if (price != null && model != AgreementModel.TENDER) {
                    a.error("priceDkk", "only a TENDER agreement carries its own awarded price");
                }
                if (unit != null && price == null) {
                    a.error("priceUnit", "a unit needs priceDkk");
                }
                agreements.add(new AgreementEntry(area, model, from, to, a.integer("capacity", false, 1, 1_000_000), price, unit));
            }
            entries.add(new ProviderEntry(key, profile, agreements));
        }
        if (municipality == null) {
            return null;
        }
        long municipalityId = municipality.getId();
        return () -> entries.forEach(entry -> providers.importProvider(entry.key(), municipalityId, entry.profile(),
                entry.agreements().stream().map(a -> new ProviderService.AgreementDefinition(
                        areaIds.get(a.area()), a.model(), a.from(), a.to(), a.capacity(), a.priceOre(), a.priceUnit())).toList()));
    }

    // --- addons.yaml ----------------------------------------------------------------------------------

    private Parsed importAddOns(String name, Path path, String content, List<CatalogueError> errors) {
        YamlObject root = readYaml(name, content, errors);
        if (root == null) {
            return null;
        }
        root.allowOnly("addons", "packages");
        Municipality municipality = municipalityOfFolder(path, root, "addons");
        Set<String> keys = new HashSet<>();
        Map<String, Provider> providerByAddOn = new HashMap<>();
        Map<String, AddOnOffer> offers = new LinkedHashMap<>();
        for (YamlObject a : root.objects("addons", true)) {
            a.allowOnly("key", "provider", "name", "category", "description", "durationMinutes", "unit", "priceDkk",
                    "vatRatePercent", "leadTimeDays", "weekdays", "timeWindows", "recurring", "eligibility",
                    "capacityPerSlot", "postcodes");
            String key = ownKey(a, keys, municipality, k -> addOns.findByCatalogueKey(k).map(AddOn::getMunicipalityId), "an add-on");
            Provider provider = sellingProvider(a, municipality);
            Integer vat = a.integer("vatRatePercent", true, 0, 25);
            if (vat != null && vat != 0 && vat != 25) {
                a.error("vatRatePercent", "Danish VAT is 25 % or 0 % (exempt)");
            }
            Set<DayOfWeek> weekdays = weekdays(a);
            List<TimeWindow> windows = new ArrayList<>();
            for (String window : Optional.ofNullable(a.strings("timeWindows", true)).orElse(List.of())) {
                try {
                    windows.add(TimeWindow.parse(window));
                } catch (RuntimeException e) {
                    a.error("timeWindows", "'" + window + "' is not a window such as 08:00-12:00");
                }
            }
            if (windows.isEmpty()) {
                a.error("timeWindows", "at least one time window is required");
            }
            Set<String> postcodes = postcodes(a, "postcodes", false);
            if (provider != null) {
                Set<String> outside = new LinkedHashSet<>(postcodes);
                outside.removeAll(provider.profile().postcodes());
                if (!outside.isEmpty()) {
                    a.error("postcodes", "the provider does not serve " + outside);
                }
            }
            AddOnOffer offer = new AddOnOffer(a.string("name", true, 200), a.enumValue("category", AddOnCategory.class, true),
                    a.string("description", false, 2000), a.integer("durationMinutes", false, 1, 24 * 60),
                    a.enumValue("unit", AddOnUnit.class, true), Optional.ofNullable(a.amountInOre("priceDkk", true)).orElse(0L),
                    vat == null ? 0 : vat, Optional.ofNullable(a.integer("leadTimeDays", false, 0, 365)).orElse(0),
                    weekdays, windows, enumSet(a, "recurring", Recurrence.class),
                    Optional.ofNullable(a.enumValue("eligibility", Eligibility.class, false)).orElse(Eligibility.ANY),
                    a.integer("capacityPerSlot", false, 1, 10_000), postcodes);
            if (key != null) {
                offers.put(key, offer);
                providerByAddOn.put(key, provider);
            }
        }
        record PackageEntry(String key, Provider provider, String name, String description, long priceOre, Map<String, Integer> items) {
        }
        List<PackageEntry> packageEntries = new ArrayList<>();
        for (YamlObject p : root.objects("packages", false)) {
            p.allowOnly("key", "provider", "name", "description", "priceDkk", "items");
            String key = ownKey(p, keys, municipality, k -> packages.findByCatalogueKey(k).map(AddOnPackage::getMunicipalityId),
                    "a package");
            Provider provider = sellingProvider(p, municipality);
            Long price = p.amountInOre("priceDkk", true);
            Map<String, Integer> items = new LinkedHashMap<>();
            long sum = 0;
            for (YamlObject item : p.objects("items", true)) {
                item.allowOnly("addon", "quantity");
                String addOn = item.string("addon", true, 80);
                Integer quantity = item.integer("quantity", true, 1, 100);
                if (addOn == null || quantity == null) {
                    continue;
                }
                if (!offers.containsKey(addOn)) {
                    item.error("addon", "'" + addOn + "' is not an add-on in this file");
                } else if (provider != null && (providerByAddOn.get(addOn) == null || !providerByAddOn.get(addOn).getId().equals(provider.getId()))) {
                    item.error("addon", "'" + addOn + "' is sold by another provider");
                } else {
                    items.merge(addOn, quantity, Integer::sum);
                    sum += offers.get(addOn).priceOre() * quantity;
                }
            }
            if (items.isEmpty()) {
                p.error("items", "a package has at least one add-on");
            } else if (price != null && price >= sum) {
                p.error("priceDkk", "a package must cost less than its add-ons bought one by one (" + sum / 100 + " kr.)");
            }
            if (!items.isEmpty()) {
                requireOneVisit(p, key, items.keySet(), offers);
            }
            if (key != null && price != null) {
                packageEntries.add(new PackageEntry(key, provider, p.string("name", true, 200), p.string("description", false, 2000), price, items));
            }
        }
        if (municipality == null) {
            return null;
        }
        long municipalityId = municipality.getId();
        return () -> {
            Map<String, Long> ids = new HashMap<>();
            offers.forEach((key, offer) -> {
                Provider provider = providerByAddOn.get(key);
                AddOn addOn = addOns.findByCatalogueKey(key).orElseGet(() -> new AddOn(key, provider.getId(), municipalityId));
                addOn.update(offer, provider.getType() == ProviderType.MUNICIPAL, clock.instant());
                ids.put(key, addOns.save(addOn).getId());
            });
            for (PackageEntry entry : packageEntries) {
                AddOnPackage pack = packages.findByCatalogueKey(entry.key())
                        .orElseGet(() -> new AddOnPackage(entry.key(), entry.provider().getId(), municipalityId));
                Map<Long, Integer> items = new HashMap<>();
                entry.items().forEach((addOnKey, quantity) -> items.put(ids.get(addOnKey), quantity));
                pack.update(entry.name(), entry.description(), entry.priceOre(), items, clock.instant());
                packages.save(pack);
            }
        };
    }

    /**
     * A package is delivered in one visit, so its add-ons must share a weekday and a time window;
     * otherwise no citizen could ever book it.
     */
    private static void requireOneVisit(YamlObject p, String key, Set<String> addOnKeys, Map<String, AddOnOffer> offers) {
        List<AddOnOffer> parts = addOnKeys.stream().map(offers::get).toList();
        if (parts.stream().anyMatch(o -> o.weekdays().isEmpty() || o.timeWindows().isEmpty())) {
            return; // that add-on's own error says what is missing
        }
        String which = key == null ? "the package" : "the package '" + key + "'";
        if (AddOnOffer.commonWeekdays(parts).isEmpty()) {
            p.error("items", which + " can never be booked: its add-ons share no delivery day ("
                    + describe(addOnKeys, offers, o -> o.weekdays().stream().sorted().map(d -> d.name().substring(0, 3)).toList()) + ")");
        } else if (AddOnOffer.commonWindows(parts).isEmpty()) {
            p.error("items", which + " can never be booked: its add-ons share no time window ("
                    + describe(addOnKeys, offers, o -> o.timeWindows().stream().map(TimeWindow::toString).toList()) + ")");
        }
    }

    private static String describe(Set<String> addOnKeys, Map<String, AddOnOffer> offers, Function<AddOnOffer, List<String>> values) {
        return addOnKeys.stream().map(k -> k + ": " + String.join(", ", values.apply(offers.get(k)))).collect(Collectors.joining("; "));
    }

    // --- helpers --------------------------------------------------------------------------------------

    private static YamlObject readYaml(String name, String content, List<CatalogueError> errors) {
        try (Reader reader = new StringReader(content)) {
            Node node = new Yaml().compose(reader);
            if (node == null) {
                errors.add(new CatalogueError(name, 1, null, "the file is empty"));
                return null;
            }
            return new YamlObject(name, node, errors);
        } catch (MarkedYAMLException e) {
            errors.add(new CatalogueError(name, e.getProblemMark().getLine() + 1, null, "not valid YAML: " + e.getProblem()));
            return null;
        } catch (IOException | RuntimeException e) {
            errors.add(new CatalogueError(name, 0, null, "not valid YAML: " + e.getMessage()));
            return null;
        }
    }

    /** The municipality whose folder ({@code 0710-favrskov}) holds the file; it must be configured first. */
    private Municipality municipalityOfFolder(Path path, YamlObject root, String field) {
        String folder = path.getParent().getFileName().toString();
        String code = folder.length() >= 4 ? folder.substring(0, 4) : folder;
        Optional<Municipality> municipality = municipalities.byCode(code).filter(Municipality::isOnPortal);
        if (municipality.isEmpty()) {
            root.error(field, "the folder " + folder + " does not start with the code of a municipality configured in municipality.yaml");
            return null;
        }
        return municipality.get();
    }

    private Map<ServiceAreaKind, Long> serviceAreaIds(long municipalityId) {
        Map<ServiceAreaKind, Long> ids = new EnumMap<>(ServiceAreaKind.class);
        for (ServiceArea area : municipalities.serviceAreas(municipalityId)) {
            ids.put(area.getKind(), area.getId());
        }
        return ids;
    }

    private static String key(YamlObject object, Set<String> keys) {
        String key = object.string("key", true, 80);
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            object.error("key", "'" + key + "' must be lower-case letters, digits and '-'");
            return null;
        }
        if (!keys.add(key)) {
            object.error("key", "'" + key + "' appears twice");
            return null;
        }
        return key;
    }

    /**
     * A key that is this municipality's own: keys are unique across the portal, so a key another municipality uses
     * (for an add-on or a package) is refused instead of overwriting theirs.
     */
    private static String ownKey(YamlObject object, Set<String> keys, Municipality municipality,
                                 Function<String, Optional<Long>> ownerOf, String what) {
        String key = key(object, keys);
        if (key != null && municipality != null && ownerOf.apply(key).filter(owner -> !owner.equals(municipality.getId())).isPresent()) {
            object.error("key", "'" + key + "' is " + what + " of another municipality; choose a key of your own");
            return null;
        }
        return key;
    }

    private static String webAddress(YamlObject object, String field) {
        String value = object.string(field, false, 300);
        if (value != null && !WebAddress.isValid(value)) {
            object.error(field, "'" + value + "' is not a web address starting with https:// or http://");
            return null;
        }
        return value;
    }

    private Provider sellingProvider(YamlObject object, Municipality municipality) {
        String key = object.string("provider", true, 80);
        if (key == null || municipality == null) {
            return null;
        }
        Optional<Provider> provider = providers.byCatalogueKey(key).filter(p -> p.getMunicipalityId().equals(municipality.getId()));
        if (provider.isEmpty()) {
            object.error("provider", "'" + key + "' is not a provider in " + municipality.getName() + "'s providers.yaml");
            return null;
        }
        if (!provider.get().features().contains(ProviderFeature.SELLS_ADDONS)) {
            object.error("provider", "'" + key + "' does not sell add-ons (feature SELLS_ADDONS)");
            return null;
        }
        return provider.get();
    }

    private static Set<String> postcodes(YamlObject object, String field, boolean required) {
        Set<String> postcodes = new LinkedHashSet<>();
        for (String postcode : Optional.ofNullable(object.strings(field, required)).orElse(List.of())) {
            if (!Postcodes.isValid(postcode)) {
                object.error(field, "'" + postcode + "' is not a Danish postcode");
            } else {
                postcodes.add(postcode);
            }
        }
        if (required && postcodes.isEmpty()) {
            object.error(field, "at least one postcode is required");
        }
        return postcodes;
    }

    private static <E extends Enum<E>> Set<E> enumSet(YamlObject object, String field, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String value : Optional.ofNullable(object.strings(field, false)).orElse(List.of())) {
            try {
                set.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                object.error(field, "'" + value + "' is not one of " + EnumSet.allOf(type));
            }
        }
        return set;
    }

    private static Set<DayOfWeek> weekdays(YamlObject object) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Map<String, DayOfWeek> names = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.put(day.name().substring(0, 3), day);
        }
        for (String value : Optional.ofNullable(object.strings("weekdays", true)).orElse(List.of())) {
            DayOfWeek day = names.get(value);
            if (day == null) {
                object.error("weekdays", "'" + value + "' is not one of MON, TUE, WED, THU, FRI, SAT, SUN");
            } else {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            object.error("weekdays", "at least one weekday is required");
        }
        return days;
    }

    private static String sha256(String content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
