package dk.fritvalg.market.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.fritvalg.catalogue.AddOnCostCalculations;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.support.KaribuTest;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cost calculator as the finance office uses it (enter the costs, see the calculation, publish), and the add-on's page
 * as a citizen with a grant for practical help sees it: the no-profit sentence, the calculation to open, and the add-on
 * marked as an extra beyond her grant with the rule explained.
 */
class AddOnCostViewTest extends KaribuTest {

    private static final String PASSWORD = "kostpris-kodeord";

    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providers;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    long addOn;
    String financeLogin;
    String citizenLogin;

    @BeforeEach
    void fresh() {
        municipality = market.freshMunicipality();
        long municipal = registry.presenceIn(providers.organisation("Kommunens Pleje"), municipality.getId(), ProviderType.MUNICIPAL,
                Set.of("8000"));
        addOn = dk.fritvalg.market.AddOnCostTestSupport.addOn(jdbc, municipal, municipality.getId());
        financeLogin = "karibu-oekonomi-" + municipality.getCode();
        users.createOrUpdate(new UserAccountService.NewUser(financeLogin, PASSWORD, "Olga Økonomi", Role.MUNICIPAL_FINANCE,
                "olga@example.dk", municipality.getId(), null, null, null, null));
        long citizen = citizens.citizen(municipality.getCode(), "8000", null);
        citizens.grant(citizen, market.area(municipality, ServiceAreaKind.PRACTICAL_HELP), null);
        citizenLogin = "karibu-kostborger-" + citizen;
        users.createOrUpdate(new UserAccountService.NewUser(citizenLogin, PASSWORD, "Test Borger", Role.CITIZEN, null, municipality.getId(),
                null, citizen, null, null));
    }

    @Test
    void financePublishesTheUnitCostAndTheCitizenSeesItWithTheGrantRule() {
        login(financeLogin, PASSWORD);
        UI.getCurrent().navigate(AddOnCostView.class);
        assertThat(_get(Div.class, spec -> spec.withId("grant-rule")).getElement().getTextRecursively())
                .contains("Et tilkøb må aldrig erstatte hjælp, som borgeren er bevilget");
        @SuppressWarnings("unchecked")
        Grid<AddOnCostCalculations.MunicipalAddOn> grid = _get(Grid.class, spec -> spec.withId("cost-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Ekstra rengøring", "350,00 kr.", "Ikke beregnet i portalen");
        _click((Button) GridKt._getCellComponent(grid, 0, "details"));

        setValue(_get(BigDecimalField.class, spec -> spec.withId("cost-wage")), new BigDecimal("250.00"));
        setValue(_get(BigDecimalField.class, spec -> spec.withId("cost-pension")), new BigDecimal("12"));
        setValue(_get(BigDecimalField.class, spec -> spec.withId("cost-holiday")), new BigDecimal("12.5"));
        setValue(_get(IntegerField.class, spec -> spec.withId("cost-minutes")), 45);
        _click(_get(Button.class, spec -> spec.withId("cost-calculate")));
        assertThat(_get(Div.class, spec -> spec.withId("cost-feedback")).getElement().getTextRecursively())
                .contains("Udfyld alle omkostninger");
        setValue(_get(IntegerField.class, spec -> spec.withId("cost-travel")), 15);
        setValue(_get(BigDecimalField.class, spec -> spec.withId("cost-materials")), new BigDecimal("20"));
        setValue(_get(BigDecimalField.class, spec -> spec.withId("cost-overhead")), new BigDecimal("10"));
        setValue(_get(BigDecimalField.class, spec -> spec.withId("cost-administration")), new BigDecimal("5"));
        _click(_get(Button.class, spec -> spec.withId("cost-calculate")));
        assertThat(_get(Div.class, spec -> spec.withId("cost-preview")).getElement().getTextRecursively())
                .contains("= 311,25 kr. i timen", "Kostpris pr. enhed: 369,38 kr.", "Pris med 25 % moms: 461,73 kr.");
        assertThat(jdbc.queryForObject("SELECT price_ore FROM add_on WHERE id = ?", Long.class, addOn)).isEqualTo(35_000L);

        setValue(_get(TextField.class, spec -> spec.withId("cost-reason")), "Ny overenskomst");
        _click(_get(Button.class, spec -> spec.withId("cost-publish")));
        assertThat(_get(Div.class, spec -> spec.withId("cost-feedback")).getElement().getTextRecursively())
                .contains("Prisen for Ekstra rengøring er nu 461,73 kr.");
        assertThat(jdbc.queryForObject("SELECT price_ore FROM add_on WHERE id = ?", Long.class, addOn)).isEqualTo(46_173L);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("461,73 kr.", "369,38 kr.", "Pris = kostpris");

        login(citizenLogin, PASSWORD);
        UI.getCurrent().navigate("tilkoeb/ydelse/" + addOn);
        assertThat(_get(Paragraph.class, spec -> spec.withId("cost-based")).getText())
                .isEqualTo("Prisen dækker kommunens omkostninger – uden fortjeneste");
        Details calculation = _get(Details.class, spec -> spec.withId("cost-calculation"));
        assertThat(calculation.getSummaryText()).isEqualTo("Se hvordan prisen er beregnet");
        assertThat(calculation.getElement().getTextRecursively()).contains("Kostpris pr. enhed: 369,38 kr.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("extra-beyond-grant")).getText())
                .startsWith("Ekstra ud over din bevilling: Du har en bevilling til Praktisk hjælp.");
        assertThat(_find(Button.class, spec -> spec.withId("cost-publish"))).isEmpty();
    }
}
