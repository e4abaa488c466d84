package dk.fritvalg.provider.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.InternalServerError;
import dk.fritvalg.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A web address that is not http(s) (stored before the import refused such addresses, or put there by hand) never
 * becomes a link, and the municipality's landing page and the provider's page still show.
 */
class UnsafeWebsiteTest extends KaribuTest {

    private static final String SCRIPT = "javascript:alert(document.cookie)";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJavascriptWebsiteIsNotShownAsALinkAndThePagesStillShow() {
        long provider = jdbc.queryForObject("SELECT id FROM provider WHERE catalogue_key = 'favrskov-hjemmepleje'", Long.class);
        String municipalityWebsite = jdbc.queryForObject("SELECT website FROM municipality WHERE code = '0710'", String.class);
        String providerWebsite = jdbc.queryForObject("SELECT website FROM provider WHERE id = ?", String.class, provider);
        jdbc.update("UPDATE municipality SET website = ? WHERE code = '0710'", SCRIPT);
        jdbc.update("UPDATE provider SET website = ? WHERE id = ?", SCRIPT, provider);
        try {
            for (String page : new String[] {"kommune/0710", "kommune/0710/leverandoerer/" + provider}) {
                UI.getCurrent().navigate(page);
                assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).as(page)
                        .isNotInstanceOf(InternalServerError.class);
                assertThat(_find(H1.class)).as(page).isNotEmpty();
                assertThat(_find(Anchor.class)).as(page).extracting(Anchor::getHref).noneMatch(href -> href.startsWith("javascript"));
                assertThat(((Component) UI.getCurrent().getCurrentView()).getElement().getOuterHTML()).doesNotContain("javascript:");
            }
        } finally {
            jdbc.update("UPDATE municipality SET website = ? WHERE code = '0710'", municipalityWebsite);
            jdbc.update("UPDATE provider SET website = ? WHERE id = ?", providerWebsite, provider);
        }
    }
}
