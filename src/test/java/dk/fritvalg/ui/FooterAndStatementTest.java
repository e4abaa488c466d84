package dk.fritvalg.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.HasText;
import dk.fritvalg.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page ends with a footer that leads to the accessibility statement, to contact and to privacy; the statement
 * has the sections of the Danish standard form and links to the Agency for Digital Government's WAS tool.
 */
class FooterAndStatementTest extends KaribuTest {

    private static List<String> footerLinks() {
        Footer footer = _get(Footer.class);
        return _find(footer, Anchor.class).stream().map(a -> a.getHref() + " " + a.getText()).toList();
    }

    @Test
    void theFooterIsOnPublicPagesAndOnPagesBehindTheLogin() {
        UI.getCurrent().navigate("kommune/0710");
        assertThat(footerLinks()).containsExactly("was Tilgængelighedserklæring", "kontakt Kontakt", "privatliv Privatlivspolitik");

        loginDemo("borger");
        UI.getCurrent().navigate("min-hjaelp");
        assertThat(footerLinks()).containsExactly("was Tilgængelighedserklæring", "kontakt Kontakt", "privatliv Privatlivspolitik");
    }

    @Test
    void theStatementFollowsTheStandardFormAndLinksToTheWasTool() {
        UI.getCurrent().navigate("was");
        assertThat(_get(H1.class).getText()).isEqualTo("Tilgængelighedserklæring for Frit Valg");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Hvor tilgængelig er portalen",
                "Det, der ikke er tilgængeligt", "Sådan har vi testet", "Skriv til os", "Klage");
        assertThat(_find(ListItem.class).stream().map(HasText::getText))
                .anyMatch(item -> item.startsWith("Breve til udskrift (PDF)"));
        Anchor was = _get(Anchor.class, spec -> spec.withText("Digitaliseringsstyrelsens WAS-værktøj med klageformular (åbner i et nyt vindue)"));
        assertThat(was.getHref()).isEqualTo("https://www.was.digst.dk/");
        assertThat(was.getElement().getAttribute("rel")).isEqualTo("noopener");
    }

    @Test
    void contactShowsEachMunicipalityOnThePortalWithItsOwnDetails() {
        UI.getCurrent().navigate("kontakt");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Favrskov", "Kolding");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).anyMatch(href -> href.startsWith("tel:"))
                .anyMatch(href -> href.startsWith("mailto:"));

        UI.getCurrent().navigate("privatliv");
        assertThat(_get(H1.class).getText()).isEqualTo("Sådan passer vi på dine oplysninger");
    }
}
