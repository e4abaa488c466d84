package dk.fritvalg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(FritValgApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void viewsNeverUseTheSystemSideRegistry() {
        // CitizenRegistry and ProviderRegistry skip permission checks (they are for imports, demo data and services that
        // checked already); views must go through the guarded services.
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleName("CitizenRegistry")
                // RehabilitationOutcomes is for the settlement job; people go through RehabilitationService's checks.
                .orShould().dependOnClassesThat().haveSimpleName("RehabilitationOutcomes")
                .orShould().dependOnClassesThat().haveSimpleName("ProviderRegistry")
                .orShould().dependOnClassesThat().haveSimpleName("ProviderCustomers")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dk.fritvalg"));
    }
}
