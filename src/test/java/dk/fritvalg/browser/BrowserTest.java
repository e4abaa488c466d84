package dk.fritvalg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal on a real port, driven by Chromium through Playwright ({@link Chromium} says which Chromium).
 * {@link #assertAccessible} runs Deque's axe-core over the page for WCAG 2.1 A and AA.
 */
@ExtendWith(Chromium.Check.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** 2.5.3 Label in Name (the accessible name begins with the visible text) and 2.1.1 for scrolling regions. */
    private static final List<String> EXTRA_RULES = List.of("label-content-name-mismatch", "scrollable-region-focusable");

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Logs in through the form, as a person does, and waits for the first page after it. */
    Page login(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.navigate(url("login"));
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill(password);
        page.keyboard().press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
        PlaywrightAssertions.assertThat(heading(page).first()).isVisible();
        return page;
    }

    static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** Presses Tab until the element has the focus, as someone without a mouse does; never moves the focus itself. */
    static void tabTo(Page page, Locator target) {
        target.waitFor();
        for (int i = 0; i < 120; i++) {
            page.keyboard().press("Tab");
            // the focused element, looked for inside shadow roots too (a menu link lives in its item's shadow root)
            if ((Boolean) target.evaluate("e => { let a = document.activeElement;"
                    + " while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }"
                    + " return a != null && (e === a || e.contains(a)); }")) {
                return;
            }
        }
        org.assertj.core.api.Assertions.fail("Tab never reached " + target);
    }

    /** No WCAG 2.1 A or AA violation that axe-core can find on the page as it is now. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = new java.util.ArrayList<>(results.getViolations());
        // Two WCAG rules axe leaves out of its tag sets (experimental or best practice), asked for by name.
        violations.addAll(new AxeBuilder(page).withRules(EXTRA_RULES).analyze().getViolations());
        assertThat(violations).as(() -> page.url() + " has WCAG 2.1 AA violations:\n" + describe(violations)).isEmpty();
        assertNoEnglishNames(page);
    }

    /** Words of Vaadin's built-in English names ("Toggle navigation panel") that must not reach a Danish page. */
    private static final String ENGLISH = "\\b(Toggle|navigation|Open|Close|Clear|Increase|Decrease|Today|Cancel|Previous|Next|Select|Loading)\\b";

    /** Every accessible name, title and placeholder on a Danish page, in the light and the shadow DOM, is Danish. */
    static void assertNoEnglishNames(Page page) {
        if (!"da".equals(page.locator("html").getAttribute("lang"))) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> english = (List<String>) page.evaluate("""
                pattern => {
                  const found = [];
                  const re = new RegExp(pattern);
                  const walk = root => {
                    for (const e of root.querySelectorAll('*')) {
                      if (e.shadowRoot) walk(e.shadowRoot);
                      for (const a of ['aria-label', 'title', 'placeholder', 'aria-roledescription']) {
                        const v = e.getAttribute(a);
                        if (v && re.test(v)) found.push(e.tagName.toLowerCase() + ' ' + a + '="' + v + '"');
                      }
                    }
                  };
                  walk(document);
                  return found;
                }""", ENGLISH);
        assertThat(english).as(page.url() + " has English names").isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }
}
