package dk.fritvalg.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dk.fritvalg.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Catalogue files that are wrong in ways a municipality can easily get wrong: another municipality's keys, a stray
 * quote, a price in scientific notation, a web address that is not a web address. Each is refused with file, line and
 * field, nothing from the file is written, and the portal starts anyway.
 */
@IntegrationTest
class CatalogueRobustnessTest {

    private static final String KOLDING_ADDONS = "catalogue/municipalities/0621-kolding/addons.yaml";

    @Autowired
    CatalogueImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    private Path folder(String name) throws IOException {
        return Files.createDirectories(temp.resolve("catalogue/municipalities/" + name));
    }

    private ImportReport importTemp() {
        return importer.importAll(temp.resolve("catalogue"));
    }

    private static String addOn(String key, String provider, String price) {
        return """
                  - key: %s
                    provider: %s
                    name: "Vinduespudsning til 1 kr."
                    category: WINDOWS
                    unit: PER_VISIT
                    priceDkk: "%s"
                    vatRatePercent: 25
                    weekdays: [MON]
                    timeWindows: ["08:00-12:00"]
                """.formatted(key, provider, price);
    }

    @Test
    void anAddOnKeyOfAnotherMunicipalityIsRefusedWithFileLineAndKey() throws IOException {
        Files.writeString(folder("0621-kolding").resolve("addons.yaml"), "addons:\n" + addOn("favrskov-hj-vinduer", "kolding-hjemmepleje", "1.00"));

        ImportReport report = importTemp();

        assertThat(report.rejected()).containsExactly(KOLDING_ADDONS);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(KOLDING_ADDONS);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.field()).isEqualTo("key");
            assertThat(error.message()).contains("'favrskov-hj-vinduer'", "another municipality");
        });
        assertThat(jdbc.queryForMap("""
                SELECT a.price_ore, m.code FROM add_on a JOIN municipality m ON m.id = a.municipality_id
                WHERE a.catalogue_key = 'favrskov-hj-vinduer'""")).containsEntry("price_ore", 26000L).containsEntry("code", "0710");
    }

    @Test
    void aPackageKeyOfAnotherMunicipalityIsRefusedWithFileLineAndKey() throws IOException {
        String favrskovPackageName = jdbc.queryForObject("SELECT name FROM add_on_package WHERE catalogue_key = 'favrskov-hj-pakke-hjem'",
                String.class);
        Files.writeString(folder("0621-kolding").resolve("addons.yaml"), "addons:\n" + addOn("kolding-test-vinduer", "kolding-hjemmepleje", "255.00")
                + """
                packages:
                  - key: favrskov-hj-pakke-hjem
                    provider: kolding-hjemmepleje
                    name: "Overtaget pakke"
                    priceDkk: "1.00"
                    items:
                      - addon: kolding-test-vinduer
                        quantity: 2
                """);

        ImportReport report = importTemp();

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(KOLDING_ADDONS);
            assertThat(error.line()).isEqualTo(12);
            assertThat(error.field()).isEqualTo("key");
            assertThat(error.message()).contains("'favrskov-hj-pakke-hjem'", "another municipality");
        });
        assertThat(jdbc.queryForObject("SELECT name FROM add_on_package WHERE catalogue_key = 'favrskov-hj-pakke-hjem'", String.class))
                .isEqualTo(favrskovPackageName);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM add_on WHERE catalogue_key = 'kolding-test-vinduer'", Integer.class)).isZero();
    }

    @Test
    void aProviderKeyOfAnotherMunicipalityIsRefusedWithItsLine() throws IOException {
        Files.writeString(folder("0621-kolding").resolve("providers.yaml"), """
                providers:
                  - key: favrskov-omsorgsgruppen-midt
                    name: "Overtaget ApS"
                    type: PRIVATE
                    cvr: "13639493"
                    postcodes: ["6000"]
                    agreements:
                      - serviceArea: PRACTICAL_HELP
                        model: TENDER
                        validFrom: "2026-01-01"
                """);

        ImportReport report = importTemp();

        assertThat(report.errors()).extracting(e -> e.line() + ":" + e.field()).contains("2:key");
        assertThat(jdbc.queryForObject("SELECT name FROM provider WHERE catalogue_key = 'favrskov-omsorgsgruppen-midt'", String.class))
                .isNotEqualTo("Overtaget ApS");
    }

    @Test
    void aPriceInScientificNotationIsRefused() throws IOException {
        Files.writeString(folder("0621-kolding").resolve("addons.yaml"), "addons:\n"
                + addOn("kolding-test-dyr", "kolding-hjemmepleje", "1E+5")
                + addOn("kolding-test-minus", "kolding-hjemmepleje", "-3")
                + addOn("kolding-test-for-dyr", "kolding-hjemmepleje", "100000.01"));

        ImportReport report = importTemp();

        assertThat(report.errors()).extracting(e -> e.line() + ":" + e.field()).containsExactly("7:priceDkk", "16:priceDkk", "25:priceDkk");
        assertThat(report.errors().getFirst().message()).contains("'1E+5'");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM add_on WHERE catalogue_key LIKE 'kolding-test-%'", Integer.class)).isZero();
    }

    @Test
    void webAddressesMustBeHttpOrHttps() throws IOException {
        Path favrskov = folder("0710-favrskov");
        String municipality = Files.readString(Path.of("catalogue/municipalities/0710-favrskov/municipality.yaml"))
                .replace("website: \"https://www.favrskov.dk\"", "website: \"javascript:alert(document.cookie)\"");
        Files.writeString(favrskov.resolve("municipality.yaml"), municipality);
        Files.writeString(favrskov.resolve("providers.yaml"), Files.readString(Path.of("catalogue/municipalities/0710-favrskov/providers.yaml"))
                .replace("website: \"https://www.favrskov.dk\"", "website: \"data:text/html,<script>alert(1)</script>\""));

        ImportReport report = importTemp();

        assertThat(report.errors()).extracting(CatalogueError::field).containsExactly("website", "website");
        assertThat(report.errors()).extracting(CatalogueError::line).containsExactly(12, 13);
        assertThat(jdbc.queryForObject("SELECT website FROM municipality WHERE code = '0710'", String.class)).isEqualTo("https://www.favrskov.dk");
    }

    @Test
    void aStrayQuoteInTheMunicipalityListIsReportedWithItsLineAndThePortalStillStarts() throws IOException {
        Path root = Files.createDirectories(temp.resolve("catalogue"));
        Files.writeString(root.resolve("municipalities.csv"), """
                code,name,region_code,region
                0101,København,1084,Region Hovedstaden
                0147,"Frederiksberg,1084,Region Hovedstaden
                0151,Ballerup,1084,Region Hovedstaden
                """);

        ImportReport report = importer.importAll(root);

        assertThat(report.rejected()).containsExactly("catalogue/municipalities.csv");
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("catalogue/municipalities.csv");
            assertThat(error.line()).isEqualTo(3);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM municipality", Integer.class)).isEqualTo(98);
        // What the portal runs at start: it reports and goes on.
        assertThatCode(() -> new CatalogueStartup(importer, root, true).run(null)).doesNotThrowAnyException();
    }
}
