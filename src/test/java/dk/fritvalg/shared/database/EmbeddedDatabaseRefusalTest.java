package dk.fritvalg.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** Outside the demo and dev profiles the portal never quietly starts a database of its own. */
class EmbeddedDatabaseRefusalTest {

    @TempDir
    Path folder;

    @Test
    void refusesWithoutDemoOrDevProfileAndSaysWhatToSet() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");

        assertThat(LocalDatabase.wouldStartEmbedded(properties(false), production)).isFalse();
        assertThatThrownBy(() -> LocalDatabase.obtain(properties(false), production))
                .isInstanceOf(EmbeddedDatabaseRefusedException.class);
        assertThat(folder).isEmptyDirectory();

        FailureAnalysis analysis = new EmbeddedDatabaseRefusedFailureAnalyzer().analyze(new EmbeddedDatabaseRefusedException());
        assertThat(analysis.getDescription()).contains("SPRING_DATASOURCE_URL is not set");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "FRITVALG_DATABASE_EMBEDDED_ALLOWED=true");
    }

    @Test
    void startsInTheDemoAndDevProfilesOrWhenAllowed() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        MockEnvironment dev = new MockEnvironment();
        dev.setActiveProfiles("dev");

        assertThat(LocalDatabase.wouldStartEmbedded(properties(false), demo)).isTrue();
        assertThat(LocalDatabase.wouldStartEmbedded(properties(false), dev)).isTrue();
        assertThat(LocalDatabase.wouldStartEmbedded(properties(true), new MockEnvironment())).isTrue();
    }

    private DatabaseProperties properties(boolean embeddedAllowed) {
        return new DatabaseProperties("fritvalg", false, null, 0, false, folder.resolve("mariadb"), 0, null, null,
                embeddedAllowed);
    }
}
