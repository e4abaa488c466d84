package dk.fritvalg.market.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.market.TenderRanking;
import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.KaribuTest;
import dk.fritvalg.support.TestClock;
import dk.fritvalg.support.TestMailServer;
import dk.fritvalg.ui.RefusedNavigationView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tender pages as the procurement office and provider organisations use them: staff put an area under the tender
 * model and make a round (bad weights refused in the page, nothing lost); two providers bid (a missing answer refused);
 * another provider and a citizen are refused the staff's page; after the deadline staff score, read the ranking with
 * its calculation and award; the administrator only reads; the provider sees the outcome and its agreement.
 */
class TenderFlowTest extends KaribuTest {

    private static final String PASSWORD = "udbudstest-kodeord";

    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providers;
    @Autowired
    UserAccountService users;
    @Autowired
    dk.fritvalg.provider.ProviderRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    long alfa;
    long beta;
    String alfaLogin;
    String betaLogin;
    String procurementLogin;
    String adminLogin;

    @BeforeEach
    void freshMarket() {
        TestMailServer.get();
        municipality = market.freshMunicipality();
        alfa = providers.organisation("Alfa Karibu ApS");
        beta = providers.organisation("Beta Karibu ApS");
        alfaLogin = "karibu-udbud-" + alfa;
        betaLogin = "karibu-udbud-" + beta;
        users.createOrUpdateOrganisationUser(alfaLogin, PASSWORD, "Alma Alfa", "alma@example.dk", alfa);
        users.createOrUpdateOrganisationUser(betaLogin, PASSWORD, "Bo Beta", "bo@example.dk", beta);
        procurementLogin = "karibu-udbud-indkoeb-" + municipality.getCode();
        users.createOrUpdate(new UserAccountService.NewUser(procurementLogin, PASSWORD, "Ida Indkøb", Role.MUNICIPAL_PROCUREMENT,
                "ida@example.dk", municipality.getId(), null, null, null, null));
        adminLogin = "karibu-udbud-admin-" + municipality.getCode();
        users.createOrUpdate(new UserAccountService.NewUser(adminLogin, PASSWORD, "Adam Admin", Role.MUNICIPAL_ADMIN,
                "adam@example.dk", municipality.getId(), null, null, null, null));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private String feedback(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    @Test
    void staffMakeARoundProvidersBidStaffScoreRankAndAwardAndTheProviderSeesTheOutcome() {
        LocalDate today = LocalDate.now(TimeConfiguration.DANISH_TIME);
        login(procurementLogin, PASSWORD);
        UI.getCurrent().navigate(TendersView.class);
        Select<ServiceArea> regimeArea = _get(Select.class, spec -> spec.withId("regime-area"));
        ServiceArea practical = regimeArea.getListDataView().getItems().filter(a -> a.getKind() == ServiceAreaKind.PRACTICAL_HELP)
                .findFirst().orElseThrow();
        setValue(regimeArea, practical);
        setValue(_get(RadioButtonGroup.class, spec -> spec.withId("regime-model")), ContractModel.TENDER);
        setValue(_get(DatePicker.class, spec -> spec.withId("regime-from")), today);
        setValue(_get(TextField.class, spec -> spec.withId("regime-reason")), "Praktisk hjælp sendes i udbud");
        _click(_get(Button.class, spec -> spec.withId("regime-save")));
        assertThat(feedback("tenders-feedback")).contains("Modellen for Praktisk hjælp er gemt.");
        assertThat(_get(Div.class, spec -> spec.withId("regime-form")).isVisible()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("regime-history")).getElement()
                .getTextRecursively()).contains("Udbudsmodel fra", "Ida Indkøb", "Praktisk hjælp sendes i udbud");

        // The round: bad weights are refused in the page and nothing is saved; the form keeps what was typed.
        UI.getCurrent().navigate(TenderFormView.class);
        Select<ServiceArea> area = _get(Select.class, spec -> spec.withId("tender-area"));
        setValue(area, area.getListDataView().getItems().filter(a -> a.getId().equals(practical.getId())).findFirst().orElseThrow());
        setValue(_get(TextField.class, spec -> spec.withId("tender-title")), "Praktisk hjælp 2027–2029");
        setValue(_get(DatePicker.class, spec -> spec.withId("tender-contract-from")), today.plusDays(40));
        setValue(_get(DatePicker.class, spec -> spec.withId("tender-contract-to")), today.plusDays(40).plusYears(2));
        LocalDateTime deadline = LocalDateTime.now(TimeConfiguration.DANISH_TIME).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        setValue(_get(DateTimePicker.class, spec -> spec.withId("tender-deadline")), deadline);
        setValue(_get(IntegerField.class, spec -> spec.withId("tender-providers")), 1);
        setValue(_get(IntegerField.class, spec -> spec.withId("criterion-weight-QUALITY")), 50);
        _click(_get(Button.class, spec -> spec.withId("create-tender")));
        assertThat(feedback("tender-form-feedback")).contains("Vægtene skal give 100 procent tilsammen. Nu giver de 110 procent.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tender_round WHERE municipality_id = ?", Integer.class, municipality.getId()))
                .isZero();
        assertThat(_get(TextField.class, spec -> spec.withId("tender-title")).getValue()).isEqualTo("Praktisk hjælp 2027–2029");
        setValue(_get(IntegerField.class, spec -> spec.withId("criterion-weight-QUALITY")), 40);
        _click(_get(Button.class, spec -> spec.withId("create-tender")));
        long tenderId = jdbc.queryForObject("SELECT id FROM tender_round WHERE municipality_id = ?", Long.class, municipality.getId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TenderView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Praktisk hjælp 2027–2029");
        assertThat(_get(Paragraph.class, spec -> spec.withId("bids-sealed")).getText()).contains("Modtaget indtil nu: 0 tilbud");

        // Alfa finds the round and bids; a missing answer is refused in the page.
        login(alfaLogin, PASSWORD);
        UI.getCurrent().navigate(OpenTendersView.class);
        Grid<dk.fritvalg.market.TenderViews.TenderSummary> open = _get(Grid.class, spec -> spec.withId("open-tenders"));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(open)).mapToObj(i -> GridKt._get(open, i).id())).contains(tenderId);
        bid(tenderId, "275.00", false);
        assertThat(feedback("bid-feedback")).contains("Svar på alle mindstekrav.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tender_bid WHERE tender_id = ?", Integer.class, tenderId)).isZero();
        _find(TextArea.class).forEach(a -> {
            if (a.getValue().isBlank()) {
                setValue(a, "Ja, det gør vi.");
            }
        });
        _click(_get(Button.class, spec -> spec.withId("submit-bid")));
        assertThat(feedback("bid-feedback")).contains("Tilbuddet er gemt.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("bid-status")).getText()).startsWith("Tilbuddet er afgivet.");

        login(betaLogin, PASSWORD);
        bid(tenderId, "250.00", true);
        assertThat(feedback("bid-feedback")).contains("Tilbuddet er gemt.");
        // Beta's own bid page shows its own price, never Alfa's; the staff's page is refused to a provider.
        UI.getCurrent().navigate("leverandoer/udbud/" + tenderId);
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("bid-price")).getValue()).isEqualByComparingTo("250.00");
        UI.getCurrent().navigate("marked/udbud/" + tenderId);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedNavigationView.class);
        loginDemo("borger");
        UI.getCurrent().navigate("leverandoer/udbud/" + tenderId);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedNavigationView.class);

        // After the deadline: staff score, read the calculation and award the best bid.
        TestClock.setTo(deadline.plusMinutes(1).atZone(TimeConfiguration.DANISH_TIME));
        login(procurementLogin, PASSWORD);
        UI.getCurrent().navigate("marked/udbud/" + tenderId);
        Map<String, Long> bidIds = Map.of(
                "alfa", jdbc.queryForObject("SELECT id FROM tender_bid WHERE tender_id = ? AND organisation_id = ?", Long.class, tenderId, alfa),
                "beta", jdbc.queryForObject("SELECT id FROM tender_bid WHERE tender_id = ? AND organisation_id = ?", Long.class, tenderId, beta));
        var criteria = jdbc.queryForList("SELECT id FROM tender_criterion WHERE tender_id = ? AND kind <> 'PRICE' ORDER BY position", Long.class,
                tenderId);
        score(bidIds.get("alfa"), criteria.get(0), 9);
        score(bidIds.get("alfa"), criteria.get(1), 9);
        score(bidIds.get("beta"), criteria.get(0), 6);
        score(bidIds.get("beta"), criteria.get(1), 7);
        String ranking = _get(Div.class, spec -> spec.withId("ranking")).getElement().getTextRecursively();
        // Alfa: 10 × 250/275 = 9,09 → 3,64 + 9 × 40 % = 3,60 + 9 × 20 % = 1,80 → 9,04; Beta: 4,00 + 2,40 + 1,40 = 7,80.
        assertThat(ranking).contains("Nr. 1: Alfa Karibu ApS", "10 × 250,00 kr. / 275,00 kr. = 9,09", "9,09 × 40 % = 3,64", "9,04",
                "Nr. 2: Beta Karibu ApS", "7,80");
        CheckboxGroup<TenderRanking.RankedBid> chosen = _get(CheckboxGroup.class, spec -> spec.withId("award-bids"));
        assertThat(chosen.getValue()).extracting(TenderRanking.RankedBid::bidder).containsExactly("Alfa Karibu ApS");
        _click(_get(Button.class, spec -> spec.withId("award")));
        assertThat(_get(TextArea.class, spec -> spec.withId("award-reason")).getErrorMessage()).isEqualTo("Skriv en begrundelse.");
        setValue(_get(TextArea.class, spec -> spec.withId("award-reason")), "Højeste samlede point");
        _click(_get(Button.class, spec -> spec.withId("award")));
        assertThat(feedback("tender-feedback")).contains("Udbuddet er tildelt.");
        assertThat(_get(com.vaadin.flow.component.html.DescriptionList.class, spec -> spec.withId("award-facts")).getElement()
                .getTextRecursively()).contains("Ida Indkøb", "Højeste samlede point");
        assertThat(_find(Button.class, spec -> spec.withId("award"))).isEmpty();

        // The administrator reads the round, without score fields or award.
        login(adminLogin, PASSWORD);
        UI.getCurrent().navigate("marked/udbud/" + tenderId);
        assertThat(_find(IntegerField.class)).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("ranking")).getElement().getTextRecursively()).contains("9,04");

        // Alfa sees the outcome and the new agreement at its own price.
        login(alfaLogin, PASSWORD);
        UI.getCurrent().navigate(OwnBidsView.class);
        Grid<dk.fritvalg.market.TenderViews.BidView> own = _get(Grid.class, spec -> spec.withId("own-bids"));
        assertThat(GridKt._size(own)).isEqualTo(1);
        assertThat(GridKt._get(own, 0).outcome()).isEqualTo("AWARDED");
        Grid<dk.fritvalg.market.TenderViews.AgreementRow> agreements = _get(Grid.class, spec -> spec.withId("own-agreements"));
        assertThat(GridKt._get(agreements, 0).priceOre()).isEqualTo(27_500);
    }

    @Test
    void theStartPageListsAgreementsRunningOutAndEndingOneThatBreaksAel18IsWarnedAndNeedsAReason() {
        LocalDate today = LocalDate.now(TimeConfiguration.DANISH_TIME);
        long integratedCare = market.area(municipality, ServiceAreaKind.INTEGRATED_CARE);
        long municipal = registry.presenceIn(providers.organisation("Kommunens Helhedspleje"), municipality.getId(),
                dk.fritvalg.provider.ProviderType.MUNICIPAL, java.util.Set.of("8000"));
        registry.agree(municipal, integratedCare, dk.fritvalg.provider.AgreementModel.APPROVAL, today.minusYears(1), null, 100, null, null);
        long privateProvider = registry.presenceIn(alfa, municipality.getId(), dk.fritvalg.provider.ProviderType.PRIVATE, java.util.Set.of("8000"));
        long agreement = registry.agree(privateProvider, integratedCare, dk.fritvalg.provider.AgreementModel.TENDER, today.minusYears(1),
                today.plusMonths(3), 40, 41_000L, dk.fritvalg.provider.SettlementUnit.HOUR);

        login(procurementLogin, PASSWORD);
        UI.getCurrent().navigate("forvaltning");
        assertThat(_get(Div.class, spec -> spec.withId("running-out")).getElement().getTextRecursively())
                .contains("Alfa Karibu ApS: Helhedspleje (Udbudskontrakt)");

        UI.getCurrent().navigate(AgreementsView.class);
        @SuppressWarnings("unchecked")
        Grid<dk.fritvalg.market.TenderViews.AgreementRow> grid = _get(Grid.class, spec -> spec.withId("agreements-grid"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).agreementId() == agreement)
                .findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(grid, row, "end"));
        setValue(_get(DatePicker.class, spec -> spec.withId("agreement-last-day")), today.plusMonths(1));
        setValue(_get(TextField.class, spec -> spec.withId("agreement-reason")), "Væsentlig misligholdelse");
        _click(_get(Button.class, spec -> spec.withId("end-agreement")));
        assertThat(_get(Div.class, spec -> spec.withId("aels18-warning")).getElement().getTextRecursively())
                .contains("Advarsel: Så kan borgerne ikke vælge mellem mindst 2 leverandører i Helhedspleje (1)");
        TextField override = _get(TextField.class, spec -> spec.withId("aels18-override"));
        assertThat(override.isVisible()).isTrue();
        assertThat(jdbc.queryForObject("SELECT valid_to FROM provider_agreement WHERE id = ?", LocalDate.class, agreement))
                .isEqualTo(today.plusMonths(3));
        setValue(override, "Nyt udbud er i gang, borgerne flyttes til kommunen");
        _click(_get(Button.class, spec -> spec.withId("end-agreement")));
        assertThat(feedback("agreements-feedback")).contains("Aftalen med Alfa Karibu ApS slutter efter");
        assertThat(jdbc.queryForObject("SELECT valid_to FROM provider_agreement WHERE id = ?", LocalDate.class, agreement))
                .isEqualTo(today.plusMonths(1));

        // The administrator sees the agreements but cannot end one.
        login(adminLogin, PASSWORD);
        UI.getCurrent().navigate("forvaltning");
        UI.getCurrent().navigate(AgreementsView.class);
        assertThat(_get(Grid.class, spec -> spec.withId("agreements-grid")).getColumnByKey("end")).isNull();
    }

    private void bid(long tenderId, String price, boolean answerAll) {
        UI.getCurrent().navigate("leverandoer/udbud/" + tenderId);
        setValue(_get(BigDecimalField.class, spec -> spec.withId("bid-price")), new BigDecimal(price));
        setValue(_get(IntegerField.class, spec -> spec.withId("bid-capacity")), 20);
        setValue(_get(TextField.class, spec -> spec.withId("bid-postcodes")), "8000 8200");
        setValue(_get(EmailField.class, spec -> spec.withId("bid-email")), "tilbud-" + System.nanoTime() + "@example.dk");
        var answers = _find(TextArea.class);
        (answerAll ? answers : answers.subList(1, answers.size())).forEach(a -> setValue(a, "Ja, det gør vi."));
        _click(_get(Button.class, spec -> spec.withId("submit-bid")));
    }

    private void score(long bidId, long criterionId, int points) {
        setValue(_get(IntegerField.class, spec -> spec.withId("score-" + bidId + "-" + criterionId)), points);
        _click(_get(Button.class, spec -> spec.withId("save-score-" + bidId + "-" + criterionId)));
    }
}
