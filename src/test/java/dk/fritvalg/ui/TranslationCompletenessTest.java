package dk.fritvalg.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationCompletenessTest {

    private final Properties danish = TranslationProvider.load("vaadin-i18n/translations_da.properties");
    private final Properties english = TranslationProvider.load("vaadin-i18n/translations_en.properties");

    @Test
    void everyDanishKeyHasAnEnglishTwinAndBack() {
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(danish.stringPropertyNames()));
    }

    @Test
    void noTranslationIsEmpty() {
        danish.forEach((key, value) -> assertThat(value.toString()).as("da " + key).isNotBlank());
        english.forEach((key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Pattern literal = Pattern.compile("(?:getTranslation\\(|title = )\"([a-z0-9.-]+)\"[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!danish.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumValueShownInTheUiIsTranslated() {
        Set<String> missing = new TreeSet<>();
        enumKeys("legal-basis.", dk.fritvalg.municipality.LegalBasis.values(), missing);
        enumKeys("contract-model.", dk.fritvalg.municipality.ContractModel.values(), missing);
        enumKeys("contract-model.explained.", dk.fritvalg.municipality.ContractModel.values(), missing);
        enumKeys("rehabilitation-model.", dk.fritvalg.municipality.RehabilitationModel.values(), missing);
        enumKeys("switch-approval.", dk.fritvalg.municipality.SwitchApproval.values(), missing);
        enumKeys("switch-approval.explained.", dk.fritvalg.municipality.SwitchApproval.values(), missing);
        enumKeys("switch-rule.explained.", dk.fritvalg.municipality.SwitchRule.values(), missing);
        enumKeys("provider-type.", dk.fritvalg.provider.ProviderType.values(), missing);
        enumKeys("agreement-model.", dk.fritvalg.provider.AgreementModel.values(), missing);
        enumKeys("choice-reason.", dk.fritvalg.citizen.ChoiceReason.values(), missing);
        enumKeys("poa-scope.", dk.fritvalg.citizen.PowerOfAttorneyScope.values(), missing);
        // the audit trail: each entry's sentence, and its name in the administrator's filter
        enumKeys("audit.event.", dk.fritvalg.security.AuditEvent.values(), missing);
        enumKeys("audit.event-name.", dk.fritvalg.security.AuditEvent.values(), missing);
        assertThat(missing).isEmpty();
    }

    private void enumKeys(String prefix, Enum<?>[] values, Set<String> missing) {
        for (Enum<?> value : values) {
            if (!danish.containsKey(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }

    @Test
    void englishIsServedForEnglishAndDanishForEverythingElse() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("layout.login", java.util.Locale.ENGLISH)).isEqualTo("Log in");
        assertThat(provider.getTranslation("layout.login", java.util.Locale.GERMAN)).isEqualTo("Log ind");
        assertThat(provider.getTranslation("landing.title", java.util.Locale.of("da"), "Favrskov")).isEqualTo("Frit valg i Favrskov Kommune");
    }
}
