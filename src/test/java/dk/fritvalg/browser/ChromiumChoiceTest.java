package dk.fritvalg.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Chromium the browser tests use, and the one line a person without any gets. */
class ChromiumChoiceTest {

    @Test
    void chromiumPathNamesTheBrowser(@TempDir Path dir) throws IOException {
        Path browser = Files.createFile(dir.resolve("my-chromium"));
        assertThat(browser.toFile().setExecutable(true)).isTrue();

        assertThat(Chromium.find(Map.of("CHROMIUM_PATH", browser.toString()))).contains(browser);
    }

    @Test
    void withoutChromiumPathTheSystemBrowserAtTheUsualPlaceIsUsed() {
        Optional<Path> usual = Chromium.SYSTEM_PATHS.stream().map(Path::of).filter(Files::isExecutable).findFirst();
        Map<String, String> env = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        if (usual.isPresent()) {
            assertThat(Chromium.find(env)).isEqualTo(usual);
        } else {
            assertThatThrownBy(() -> Chromium.find(env)).hasMessageStartingWith(Chromium.INSTALL_HINT);
        }
    }

    @Test
    void noBrowserAndNoDownloadGivesOneLineSayingWhatToInstall(@TempDir Path dir) {
        Map<String, String> env = Map.of("CHROMIUM_PATH", dir.resolve("nothing-here").toString(),
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        assertThatThrownBy(() -> Chromium.find(env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium;")
                .hasMessageContaining("nothing-here is not a browser")
                .hasMessageNotContaining("\n");
    }
}
