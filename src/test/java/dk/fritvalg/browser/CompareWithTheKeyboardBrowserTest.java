package dk.fritvalg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Karen's daughter compares providers without a mouse: from the municipality's page to the list, two filter changes,
 * two providers picked for side by side, then one provider's own page. Only Tab, Enter, Space and typing.
 */
class CompareWithTheKeyboardBrowserTest extends BrowserTest {

    @BeforeAll
    void patience() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    private static Locator byRole(Page page, AriaRole role, String name) {
        return page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void comparingFiltersSideBySideAndAProviderPageWithTheKeyboardOnly() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("kommune/0710"));
            assertThat(heading(page)).hasText("Frit valg i Favrskov Kommune");

            tabTo(page, byRole(page, AriaRole.LINK, "Sammenlign leverandører"));
            page.keyboard().press("Enter");
            assertThat(heading(page)).isVisible();
            Locator count = page.locator("#result-count");
            assertThat(count).containsText("leverandører passer til det, du har valgt");
            String before = count.innerText();

            // first filter: only those with room for new citizens (Nordlys has none)
            tabTo(page, byRole(page, AriaRole.CHECKBOX, "Vis kun dem, der har plads til nye borgere"));
            page.keyboard().press("Space");
            assertThat(count).not().hasText(before);
            assertThat(page.locator("main")).not().containsText("Nordlys Omsorg A/S");
            // second filter: the postcode, typed and left with Tab
            tabTo(page, page.getByLabel("Dit postnummer"));
            page.keyboard().type("8370");
            page.keyboard().press("Tab");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*8370.*"));

            tabTo(page, byRole(page, AriaRole.CHECKBOX, "Sammenlign Omsorgsgruppen Midt ApS"));
            page.keyboard().press("Space");
            tabTo(page, byRole(page, AriaRole.CHECKBOX, "Sammenlign Favrskov Kommunes Hjemmepleje"));
            page.keyboard().press("Space");
            assertThat(page.locator(".compare-status")).hasText("2 af højst 3 er valgt til at blive sammenlignet.");
            tabTo(page, byRole(page, AriaRole.LINK, "Sammenlign de valgte"));
            page.keyboard().press("Enter");
            assertThat(heading(page)).hasText("Sammenlign leverandører");
            assertThat(page.locator("table.compare-table")).containsText("Omsorgsgruppen Midt ApS");
            assertThat(page.locator("table.compare-table")).containsText("Favrskov Kommunes Hjemmepleje");

            page.goBack();
            // back on the list, as it was left (the filters kept in the address); the page settles before Tab
            assertThat(heading(page)).hasText("Leverandører i Favrskov Kommune");
            assertThat(page.locator("#result-count")).containsText("passer til det, du har valgt");
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            tabTo(page, byRole(page, AriaRole.LINK, "Omsorgsgruppen Midt ApS"));
            page.keyboard().press("Enter");
            assertThat(heading(page)).hasText("Omsorgsgruppen Midt ApS");
            assertAccessible(page);
        }
    }
}
