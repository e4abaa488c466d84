package dk.fritvalg.settlement.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dk.fritvalg.municipality.ServiceArea;
import java.util.List;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.market.SettlementPrices;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.settlement.PaymentModels;
import dk.fritvalg.settlement.PaymentTerms;
import dk.fritvalg.settlement.VisitImportReport;
import dk.fritvalg.settlement.VisitImports;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.KaribuTest;
import dk.fritvalg.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The economy pages as finance staff and a provider use them: a rejected file shows line and field, staff compute
 * March, read the reasons and totals, lock it; the provider reads its own statement; the simulator compares models.
 */
class SettlementPagesTest extends KaribuTest {

    private static final String PASSWORD = "afregning-kodeord-1";
    private static final YearMonth MARCH = YearMonth.of(2027, 3);

    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providerFixture;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    ProviderService providers;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    SettlementPrices prices;
    @Autowired
    PaymentModels models;
    @Autowired
    VisitImports imports;
    @Autowired
    UserAccountService users;

    Municipality municipality;
    long provider;
    String cvr;
    String cpr = CitizenFixture.newCpr();
    String financeLogin;
    String providerLogin;

    @BeforeEach
    void world() {
        municipality = market.freshMunicipality();
        long area = market.area(municipality, ServiceAreaKind.PERSONAL_CARE);
        provider = registry.presenceIn(providerFixture.organisation("Side Omsorg ApS"), municipality.getId(), ProviderType.PRIVATE, Set.of("8000"));
        cvr = providers.byId(provider).orElseThrow().getCvr();
        citizens.citizen(municipality.getCode(), "8000", "side@example.dk", cpr);
        TestClock.setTo(LocalDate.of(2027, 2, 20).atStartOfDay(TimeConfiguration.DANISH_TIME));
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId()));
        prices.setPrice(area, SettlementUnit.HOUR, 40_000, LocalDate.of(2027, 3, 1), "Takst");
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_FINANCE, municipality.getId()));
        models.set(area, PaymentTerms.favrskov(), MARCH);
        SecurityContextHolder.clearContext();
        TestClock.setTo(LocalDate.of(2027, 4, 3).atTime(10, 0).atZone(TimeConfiguration.DANISH_TIME));
        financeLogin = "side-oekonomi-" + municipality.getCode();
        users.createOrUpdate(new UserAccountService.NewUser(financeLogin, PASSWORD, "Frida Finans", Role.MUNICIPAL_FINANCE,
                "frida@example.dk", municipality.getId(), null, null, null, null));
        providerLogin = "side-leverandoer-" + provider;
        users.createOrUpdate(new UserAccountService.NewUser(providerLogin, PASSWORD, "Leo Leverandør", Role.PROVIDER_ADMIN,
                "leo@example.dk", municipality.getId(), provider, null, null, null));
    }

    @AfterEach
    void reset() {
        TestClock.reset();
    }

    private byte[] file(String... lines) {
        return ("besoeg_id;cpr;leverandoer_cvr;ydelsesomraade;planlagt_start;visiteret_min;leveret_min;medarbejder;status;aflyst_tidspunkt\n"
                + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    @Test
    void financeStaffImportSettleReadTheReasonsAndLockAndTheProviderReadsItsStatement() {
        login(financeLogin, PASSWORD);
        UI.getCurrent().navigate(VisitImportView.class);
        VisitImportView importView = (VisitImportView) UI.getCurrent().getCurrentView();
        VisitImportReport bad = imports.importCsv("marts.csv", null, file("S1;" + cpr + ";" + cvr + ";Personlig pleje;2027-03-02 08:00;30;30;h;LEVERET;",
                "S2;" + cpr + ";" + cvr + ";Personlig pleje;2027-03-02 08:00;30;30;h;MAASKE;"));
        importView.show(bad, null);
        NativeTable errors = _get(NativeTable.class, spec -> spec.withId("import-errors"));
        assertThat(errors.getElement().getTextRecursively()).contains("marts.csv", "3", "status", "Ukendt status");
        assertThat(_get(Div.class, spec -> spec.withId("import-result")).getElement().getTextRecursively())
                .contains("marts.csv er afvist, og intet er indlæst");
        VisitImportReport good = imports.importCsv("marts.csv", null, file(
                "S1;" + cpr + ";" + cvr + ";Personlig pleje;2027-03-02 08:00;30;30;h;LEVERET;",
                "S2;" + cpr + ";" + cvr + ";Personlig pleje;2027-03-03 08:00;30;;;AFLYST_AF_BORGER;2027-03-01 09:00"));
        importView.show(good, null);
        assertThat(_get(Div.class, spec -> spec.withId("import-result")).getElement().getTextRecursively()).contains("2 nye besøg");

        UI.getCurrent().navigate(SettlementView.class);
        Select<YearMonth> month = _get(Select.class, spec -> spec.withId("settlement-month"));
        setValue(month, MARCH);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Der er ingen afregning for marts 2027 endnu.");
        _click(_get(Button.class, spec -> spec.withId("settlement-compute")));
        assertThat(_get(Div.class, spec -> spec.withId("settlement-feedback")).getElement().getTextRecursively())
                .contains("Afregningen for marts 2027 er beregnet", "200,00 kr.");
        Grid<?> lines = _get(Grid.class, spec -> spec.withId("settlement-lines"));
        assertThat(GridKt._size(lines)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(lines, 0)).contains("1 besøg, 30 min visiteret tid", "200,00 kr.");
        assertThat(GridKt._getFormattedRow(lines, 1)).contains("1 besøg aflyst af borgeren før kl. 14:00 dagen før (30 min visiteret tid) – ikke betalt");
        assertThat(_get(NativeTable.class, spec -> spec.withId("totals-provider")).getElement().getTextRecursively())
                .contains("Side Omsorg ApS", "200,00 kr.");
        assertThat(_get(Anchor.class, spec -> spec.withId("csv-all"))).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("settlement-lock")));
        _click(_get(Button.class, spec -> spec.withId("settlement-lock-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("settlement-status")).getText()).startsWith("Låst");
        assertThat(_find(Button.class, spec -> spec.withId("settlement-lock"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("settlement-compute")));
        assertThat(_get(Div.class, spec -> spec.withId("settlement-feedback")).getElement().getTextRecursively())
                .contains("marts 2027 er låst og kan ikke ændres");

        UI.getCurrent().navigate(SimulatorView.class);
        setValue((Select<YearMonth>) _get(Select.class, spec -> spec.withId("simulator-month")), MARCH);
        _click(_get(Button.class, spec -> spec.withId("simulator-run")));
        String simulated = _get(NativeTable.class, spec -> spec.withId("simulator-table")).getElement().getTextRecursively();
        // current (Favrskov) 200,00; granted time pays the cancellation too: 400,00; delivered time 200,00
        assertThat(simulated).contains("Side Omsorg ApS", "200,00 kr.", "400,00 kr.", "+200,00 kr.");

        UI.getCurrent().navigate(MarketSharesView.class);
        setValue((Select<YearMonth>) _get(Select.class, spec -> spec.withId("market-shares-month")), MARCH);
        // both visits count (one delivered, one cancelled by the citizen): 1 citizen, 1 hour, all of the area
        assertThat(_get(NativeTable.class, spec -> spec.withId("market-shares")).getElement().getTextRecursively())
                .contains("Personlig pleje", "Side Omsorg ApS", "1,00", "100,00 %");

        login(providerLogin, PASSWORD);
        UI.getCurrent().navigate(ProviderStatementView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("provider-statement-total")).getText()).isEqualTo("I alt for marts 2027: 200,00 kr.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("provider-statement-status")).getText()).startsWith("Endelig");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("settlement-lines")))).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBudgetDashboardShowsEachChartWithItsTable() {
        login(financeLogin, PASSWORD);
        UI.getCurrent().navigate(BudgetView.class);
        Select<ServiceArea> area = _get(Select.class, spec -> spec.withId("budget-area"));
        setValue(area, area.getListDataView().getItems().filter(a -> a.getKind() == ServiceAreaKind.PERSONAL_CARE).findFirst().orElseThrow());
        setValue(_get(BigDecimalField.class, spec -> spec.withId("budget-amount")), new java.math.BigDecimal("1200000.123"));
        _click(_get(Button.class, spec -> spec.withId("budget-save")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("budget-amount")).isInvalid()).isTrue();
        setValue(_get(BigDecimalField.class, spec -> spec.withId("budget-amount")), new java.math.BigDecimal("1200000"));
        _click(_get(Button.class, spec -> spec.withId("budget-save")));
        assertThat(_get(DescriptionList.class, spec -> spec.withId("budget-facts")).getElement().getTextRecursively())
                .contains("1.200.000,00 kr.", "under budget");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anySatisfy(t -> assertThat(t).contains("run-rate"));
        for (String chart : List.of("chart-spend", "chart-hours", "chart-courses")) {
            Div box = _get(Div.class, spec -> spec.withId(chart));
            Image image = _get(box, Image.class);
            assertThat(image.getSrc()).startsWith("data:image/svg+xml;base64,");
            assertThat(image.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("Tallene står i tabellen ved siden af"));
            assertThat(_get(box, NativeTable.class).getElement().getTextRecursively()).isNotBlank();
        }
        assertThat(_get(NativeTable.class, spec -> spec.withId("budget-areas")).getElement().getTextRecursively()).contains("Personlig pleje");
    }
}
