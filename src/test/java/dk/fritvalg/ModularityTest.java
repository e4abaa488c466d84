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
        // CitizenRegistry skips permission checks (it is for imports and demo data); views must go through CitizenService.
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleName("CitizenRegistry")
                // RehabilitationOutcomes is for the settlement job; people go through RehabilitationService's checks.
                .orShould().dependOnClassesThat().haveSimpleName("RehabilitationOutcomes")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dk.fritvalg"));
    }
}
