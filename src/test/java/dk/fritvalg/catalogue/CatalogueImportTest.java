package dk.fritvalg.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CatalogueImportTest {

    @Autowired
    CatalogueImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CatalogueService catalogue;

    @TempDir
    Path temp;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void theDemoCatalogueIsLoadedAtStart() {
        assertThat(count("SELECT COUNT(*) FROM municipality")).isEqualTo(98);
        assertThat(jdbc.queryForObject("SELECT name FROM municipality WHERE code = '0101'", String.class)).isEqualTo("København");
        // The two demo municipalities; tests of the market put fresh ones on the portal as well.
        assertThat(count("SELECT COUNT(*) FROM municipality WHERE on_portal AND code IN ('0710', '0621')")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM service_area sa JOIN municipality m ON m.id = sa.municipality_id WHERE m.code = '0710'")).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT legal_basis FROM service_area sa JOIN municipality m ON m.id = sa.municipality_id "
                + "WHERE m.code = '0710' AND sa.kind = 'INTEGRATED_CARE'", String.class)).isEqualTo("AEL_18");
        assertThat(count("SELECT COUNT(*) FROM provider WHERE type = 'MUNICIPAL'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM provider WHERE type = 'PRIVATE'")).isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM add_on")).isGreaterThanOrEqualTo(15);
        assertThat(count("SELECT COUNT(*) FROM add_on_package")).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(DISTINCT a.provider_id) FROM add_on a JOIN provider p ON p.id = a.provider_id WHERE p.type = 'PRIVATE'")).isPositive();
        // The municipal provider's add-ons are priced at cost, with no profit.
        assertThat(count("SELECT COUNT(*) FROM add_on a JOIN provider p ON p.id = a.provider_id WHERE p.type = 'MUNICIPAL' AND NOT a.cost_based")).isZero();
        assertThat(count("SELECT COUNT(*) FROM add_on a JOIN provider p ON p.id = a.provider_id WHERE p.type = 'PRIVATE' AND a.cost_based")).isZero();
    }

    @Test
    void importingTheSameCatalogueAgainChangesNothing() {
        int addOns = count("SELECT COUNT(*) FROM add_on");
        int agreements = count("SELECT COUNT(*) FROM provider_agreement");
        ImportReport report = importer.importAll(Path.of("catalogue"));
        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEmpty();
        assertThat(report.unchanged()).contains("catalogue/municipalities.csv", "catalogue/municipalities/0710-favrskov/addons.yaml");
        assertThat(count("SELECT COUNT(*) FROM add_on")).isEqualTo(addOns);
        assertThat(count("SELECT COUNT(*) FROM provider_agreement")).isEqualTo(agreements);
    }

    @Test
    void aBadCsvLineIsReportedWithLineAndFieldAndNothingFromTheFileIsImported() throws IOException {
        Path root = Files.createDirectories(temp.resolve("catalogue"));
        Files.writeString(root.resolve("municipalities.csv"), """
                code,name,region_code,region
                0101,Københavns Kommune RENAMED,1084,Region Hovedstaden
                147,Frederiksberg,1084,Region Hovedstaden
                """);
        ImportReport report = importer.importAll(root);
        assertThat(report.rejected()).containsExactly("catalogue/municipalities.csv");
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("catalogue/municipalities.csv");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.field()).isEqualTo("code");
        });
        assertThat(jdbc.queryForObject("SELECT name FROM municipality WHERE code = '0101'", String.class)).isEqualTo("København");
    }

    @Test
    void aBadAddOnFileIsReportedWithFileLineAndFieldAndNothingFromItIsImported() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("catalogue/municipalities/0710-favrskov"));
        Files.writeString(folder.resolve("addons.yaml"), """
                addons:
                  - key: test-good-addon
                    provider: favrskov-hjemmepleje
                    name: "Godt tilbud"
                    category: CLEANING
                    unit: PER_HOUR
                    priceDkk: "300.00"
                    vatRatePercent: 25
                    weekdays: [MON]
                    timeWindows: ["08:00-12:00"]
                  - key: test-bad-addon
                    provider: favrskov-hjemmepleje
                    name: "Dårligt tilbud"
                    category: CLEANING
                    unit: PER_HOUR
                    priceDkk: "3oo"
                    vatRatePercent: 25
                    weekdays: [MON, FUNDAY]
                    timeWindows: ["12:00-08:00"]
                    colour: red
                """);
        ImportReport report = importer.importAll(temp.resolve("catalogue"));
        String file = "catalogue/municipalities/0710-favrskov/addons.yaml";
        assertThat(report.rejected()).containsExactly(file);
        assertThat(report.errors()).extracting(CatalogueError::file).containsOnly(file);
        assertThat(report.errors()).extracting(e -> e.line() + ":" + e.field()).contains(
                "16:priceDkk", "18:weekdays", "19:timeWindows", "20:colour");
        assertThat(count("SELECT COUNT(*) FROM add_on WHERE catalogue_key LIKE 'test-%'")).isZero();
    }

    @Test
    void aPackageWhosePartsNeverComeOnTheSameDayIsRefusedWithItsLineAndKey() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("catalogue/municipalities/0710-favrskov"));
        Files.writeString(folder.resolve("addons.yaml"), """
                addons:
                  - key: test-monday
                    provider: favrskov-omsorgsgruppen-midt
                    name: "Mandagsydelse"
                    category: FOOT_CARE
                    unit: PER_VISIT
                    priceDkk: "300.00"
                    vatRatePercent: 0
                    weekdays: [MON, WED]
                    timeWindows: ["09:00-12:00"]
                  - key: test-tuesday
                    provider: favrskov-omsorgsgruppen-midt
                    name: "Tirsdagsydelse"
                    category: HAIRDRESSER
                    unit: PER_VISIT
                    priceDkk: "300.00"
                    vatRatePercent: 25
                    weekdays: [TUE, THU]
                    timeWindows: ["09:00-12:00"]
                  - key: test-afternoon
                    provider: favrskov-omsorgsgruppen-midt
                    name: "Eftermiddagsydelse"
                    category: HAIRDRESSER
                    unit: PER_VISIT
                    priceDkk: "300.00"
                    vatRatePercent: 25
                    weekdays: [MON]
                    timeWindows: ["12:00-15:00"]
                packages:
                  - key: test-never-together
                    provider: favrskov-omsorgsgruppen-midt
                    name: "Aldrig samme dag"
                    priceDkk: "500.00"
                    items:
                      - addon: test-monday
                        quantity: 1
                      - addon: test-tuesday
                        quantity: 1
                  - key: test-never-same-time
                    provider: favrskov-omsorgsgruppen-midt
                    name: "Aldrig samme tid"
                    priceDkk: "500.00"
                    items:
                      - addon: test-monday
                        quantity: 1
                      - addon: test-afternoon
                        quantity: 1
                """);
        ImportReport report = importer.importAll(temp.resolve("catalogue"));
        String file = "catalogue/municipalities/0710-favrskov/addons.yaml";
        assertThat(report.rejected()).containsExactly(file);
        assertThat(report.errors()).hasSize(2);
        assertThat(report.errors().getFirst()).satisfies(error -> {
            assertThat(error.file()).isEqualTo(file);
            assertThat(error.line()).isEqualTo(35);
            assertThat(error.field()).isEqualTo("items");
            assertThat(error.message()).contains("'test-never-together'", "share no delivery day",
                    "test-monday: MON, WED", "test-tuesday: TUE, THU");
        });
        assertThat(report.errors().getLast()).satisfies(error -> {
            assertThat(error.line()).isEqualTo(44);
            assertThat(error.message()).contains("'test-never-same-time'", "share no time window",
                    "test-monday: 09:00-12:00", "test-afternoon: 12:00-15:00");
        });
        assertThat(count("SELECT COUNT(*) FROM add_on_package WHERE catalogue_key LIKE 'test-%'")).isZero();
    }

    @Test
    void everyPackageOfTheDemoCatalogueCanBeBookedInOneVisit() {
        List<PackageDetails> packages = jdbc.queryForList("SELECT id FROM add_on_package", Long.class).stream()
                .map(id -> catalogue.addOnPackage(id).orElseThrow()).toList();
        assertThat(packages).extracting(p -> p.addOnPackage().getName()).contains("Velvære derhjemme");
        assertThat(packages).allSatisfy(p -> assertThat(p.bookable()).as(p.addOnPackage().getName()).isTrue());
    }

    @Test
    void aProviderWithAnInvalidCvrAndUnknownServiceAreaIsRefused() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("catalogue/municipalities/0710-favrskov"));
        Files.writeString(folder.resolve("providers.yaml"), """
                providers:
                  - key: test-provider
                    name: "Test ApS"
                    type: PRIVATE
                    cvr: "12345678"
                    postcodes: ["8370"]
                    agreements:
                      - serviceArea: DOG_WALKING
                        model: APPROVAL
                        validFrom: "2026-01-01"
                """);
        ImportReport report = importer.importAll(temp.resolve("catalogue"));
        assertThat(report.errors()).extracting(e -> e.line() + ":" + e.field()).containsExactlyInAnyOrder("5:cvr", "8:serviceArea");
        assertThat(count("SELECT COUNT(*) FROM provider WHERE catalogue_key = 'test-provider'")).isZero();
    }

    @Test
    void brokenYamlIsReportedWithItsLine() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("catalogue/municipalities/0710-favrskov"));
        Files.writeString(folder.resolve("municipality.yaml"), """
                code: "0710"
                contractModel: APPROVAL
                serviceAreas: [
                  - broken
                """);
        ImportReport report = importer.importAll(temp.resolve("catalogue"));
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("catalogue/municipalities/0710-favrskov/municipality.yaml");
            assertThat(error.line()).isGreaterThanOrEqualTo(4);
            assertThat(error.message()).startsWith("not valid YAML");
        });
    }
}
