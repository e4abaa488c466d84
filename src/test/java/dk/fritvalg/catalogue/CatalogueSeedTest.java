package dk.fritvalg.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.MunicipalitySettings;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Role;
import dk.fritvalg.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The portal is the source of truth: the catalogue seeds a municipality once, and a later start never overwrites what
 * people changed in the portal, even when the files have changed since.
 */
@IntegrationTest
class CatalogueSeedTest {

    @Autowired
    CatalogueImporter importer;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    ProviderService providers;

    @TempDir
    Path temp;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aStartAfterTheSeedNeverOverwritesWhatWasEditedInThePortal() throws IOException {
        // The last municipality not on the portal (the market tests take the first ones).
        Municipality fresh = municipalities.all().reversed().stream().filter(m -> !m.isOnPortal()).findFirst().orElseThrow();
        String key = "seed-" + fresh.getCode() + "-omsorg";
        String cvr = ProviderFixture.newCvr();
        Path folder = Files.createDirectories(temp.resolve("catalogue/municipalities/" + fresh.getCode() + "-seed"));
        Files.writeString(folder.resolve("municipality.yaml"), municipalityYaml(fresh.getCode(), 3, 14));
        Files.writeString(folder.resolve("providers.yaml"), providersYaml(key, cvr, "Seed Omsorg ApS"));

        ImportReport first = importer.seed(temp.resolve("catalogue"));
        assertThat(first.errors()).isEmpty();
        assertThat(first.imported()).hasSize(2);
        Municipality seeded = municipalities.byCode(fresh.getCode()).orElseThrow();
        assertThat(seeded.isOnPortal()).isTrue();
        assertThat(providers.byCatalogueKey(key)).map(p -> p.getName()).contains("Seed Omsorg ApS");

        // The administrator changes the settings in the portal.
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_ADMIN, seeded.getId()));
        MunicipalitySettings s = seeded.settings();
        municipalities.changeSettings(seeded.getVersion(), new MunicipalitySettings(s.contractModel(), s.rehabilitationModel(),
                s.rehabilitationContinuity(), s.switchRule(), 21, s.switchCutoffDay(), s.switchApproval(), 6, s.contactPhone(),
                s.contactEmail(), s.website()));
        SecurityContextHolder.clearContext();

        // Someone edits the files on the server; the portal restarts.
        Files.writeString(folder.resolve("municipality.yaml"), municipalityYaml(fresh.getCode(), 8, 30));
        Files.writeString(folder.resolve("providers.yaml"), providersYaml(key, cvr, "Nyt Navn ApS"));
        ImportReport restart = importer.seed(temp.resolve("catalogue"));

        assertThat(restart.imported()).isEmpty();
        assertThat(restart.kept()).containsExactlyInAnyOrder(
                "catalogue/municipalities/" + fresh.getCode() + "-seed/municipality.yaml",
                "catalogue/municipalities/" + fresh.getCode() + "-seed/providers.yaml");
        MunicipalitySettings after = municipalities.byCode(fresh.getCode()).orElseThrow().settings();
        assertThat(after.minimumGroupSize()).isEqualTo(6);
        assertThat(after.switchNoticeDays()).isEqualTo(21);
        assertThat(providers.byCatalogueKey(key)).map(p -> p.getName()).contains("Seed Omsorg ApS");

        // An import on purpose (a bulk update) applies the changed file.
        ImportReport onPurpose = importer.importAll(temp.resolve("catalogue"));
        assertThat(onPurpose.imported()).contains("catalogue/municipalities/" + fresh.getCode() + "-seed/providers.yaml");
        assertThat(providers.byCatalogueKey(key)).map(p -> p.getName()).contains("Nyt Navn ApS");
    }

    @Test
    void theDemoCatalogueWasSeededAtStartAndIsNotReadAgain() {
        ImportReport again = importer.seed(Path.of("catalogue"));
        assertThat(again.imported()).isEmpty();
        assertThat(again.errors()).isEmpty();
        assertThat(again.unchanged()).contains("catalogue/municipalities/0710-favrskov/municipality.yaml");
    }

    private static String municipalityYaml(String code, int groupSize, int noticeDays) {
        return """
                code: "%s"
                contractModel: APPROVAL
                rehabilitationModel: PART
                rehabilitationContinuity: false
                switchRule: NOTICE_DAYS
                switchNoticeDays: %d
                switchApproval: AUTOMATIC
                minimumGroupSize: %d
                serviceAreas:
                  - code: PERSONAL_CARE
                    name: "Personlig pleje"
                    legalBasis: SEL_83
                """.formatted(code, noticeDays, groupSize);
    }

    private static String providersYaml(String key, String cvr, String name) {
        return """
                providers:
                  - key: %s
                    name: "%s"
                    type: PRIVATE
                    cvr: "%s"
                    postcodes: ["8000"]
                    agreements:
                      - serviceArea: PERSONAL_CARE
                        model: APPROVAL
                        validFrom: 2025-01-01
                """.formatted(key, name, cvr);
    }
}
