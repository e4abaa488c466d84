package dk.fritvalg.market.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.GridKt;
import dk.fritvalg.market.Assessment;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.KaribuTest;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The market's pages, as a provider organisation and the procurement office use them: the provider applies (a missing
 * answer is refused in the page), staff ask a question, the provider answers, staff assess every requirement and
 * approve; staff suspend and reinstate a provider; the administrator reads the market but cannot decide.
 */
class MarketFlowTest extends KaribuTest {

    private static final String PASSWORD = "markedstest-kodeord";

    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providers;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    long organisation;
    String providerLogin;
    String procurementLogin;
    String adminLogin;

    @BeforeEach
    void freshMarket() {
        dk.fritvalg.support.TestMailServer.get();
        municipality = market.freshMunicipality();
        organisation = providers.organisation("Karibu Omsorg ApS");
        providerLogin = "karibu-org-" + organisation;
        users.createOrUpdateOrganisationUser(providerLogin, PASSWORD, "Kaja Ansøger", "kaja@example.dk", organisation);
        procurementLogin = "karibu-indkoeb-" + municipality.getCode();
        users.createOrUpdate(new UserAccountService.NewUser(procurementLogin, PASSWORD, "Ib Indkøber", Role.MUNICIPAL_PROCUREMENT,
                "ib@example.dk", municipality.getId(), null, null, null, null));
        adminLogin = "karibu-admin-" + municipality.getCode();
        users.createOrUpdate(new UserAccountService.NewUser(adminLogin, PASSWORD, "Anne Admin", Role.MUNICIPAL_ADMIN,
                "anne@example.dk", municipality.getId(), null, null, null, null));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aProviderAppliesStaffAskTheProviderAnswersAndStaffApprove() {
        login(providerLogin, PASSWORD);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Velkommen til Frit Valg");
        UI.getCurrent().navigate(ApplyView.class);
        Select<Municipality> where = _get(Select.class, spec -> spec.withId("apply-municipality"));
        setValue(where, where.getListDataView().getItems().filter(m -> m.getId().equals(municipality.getId())).findFirst().orElseThrow());
        CheckboxGroup<ServiceArea> areas = _get(CheckboxGroup.class, spec -> spec.withId("apply-areas"));
        setValue(areas, Set.of(areas.getListDataView().getItems().filter(a -> a.getKind() == ServiceAreaKind.PRACTICAL_HELP).findFirst()
                .orElseThrow()));
        setValue(_get(TextField.class, spec -> spec.withId("apply-postcodes")), "8000, 8200");
        setValue(_get(IntegerField.class, spec -> spec.withId("apply-capacity")), 25);
        assertThat(_get(EmailField.class, spec -> spec.withId("apply-email")).getValue()).startsWith("kontakt-");
        var answers = _find(TextArea.class);
        assertThat(answers).hasSizeGreaterThanOrEqualTo(6);
        answers.subList(1, answers.size()).forEach(a -> setValue(a, "Ja. Se bilag."));

        _click(_get(Button.class, spec -> spec.withId("submit-application")));
        assertThat(answers.getFirst().isInvalid()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("apply-feedback")).getElement().getTextRecursively())
                .contains("Svar på alle krav for Praktisk hjælp");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM approval_application WHERE organisation_id = ?", Integer.class, organisation))
                .isZero();

        setValue(answers.getFirst(), "Alle medarbejdere er social- og sundhedshjælpere.");
        _click(_get(Button.class, spec -> spec.withId("submit-application")));
        long id = jdbc.queryForObject("SELECT id FROM approval_application WHERE organisation_id = ?", Long.class, organisation);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OwnApplicationView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Ansøgning om godkendelse i " + municipality.getName() + " Kommune");
        assertThat(_get(DescriptionList.class, spec -> spec.withId("own-application-facts")).getElement().getTextRecursively())
                .contains("Til behandling", "8000, 8200");

        // Staff find it on the list and ask a question.
        login(procurementLogin, PASSWORD);
        UI.getCurrent().navigate(ApplicationsView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("applications-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        UI.getCurrent().navigate("marked/ansoegninger/" + id);
        setValue(_get(TextArea.class, spec -> spec.withId("question")), "Hvor mange medarbejdere har I?");
        _click(_get(Button.class, spec -> spec.withId("send-question")));
        assertThat(_get(DescriptionList.class, spec -> spec.withId("application-facts")).getElement().getTextRecursively())
                .contains("Venter på svar fra ansøger");

        // The provider answers on its own page.
        login(providerLogin, PASSWORD);
        UI.getCurrent().navigate("leverandoer/ansoegninger/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("own-feedback")).getElement().getTextRecursively()).isEmpty();
        setValue(_get(TextArea.class, spec -> spec.withId("reply")), "Vi er 12 medarbejdere.");
        _click(_get(Button.class, spec -> spec.withId("send-reply")));
        assertThat(_find(TextArea.class, spec -> spec.withId("reply"))).isEmpty();

        // Staff assess every requirement and approve from a start date.
        login(procurementLogin, PASSWORD);
        UI.getCurrent().navigate("marked/ansoegninger/" + id);
        LocalDate start = LocalDate.now(TimeConfiguration.DANISH_TIME).plusDays(14);
        setValue(_get(DatePicker.class, spec -> spec.withId("start-date")), start);
        _click(_get(Button.class, spec -> spec.withId("approve")));
        assertThat(_get(Div.class, spec -> spec.withId("review-feedback")).getElement().getTextRecursively())
                .contains("Alle krav skal være vurderet som opfyldt");
        for (Long requirement : jdbc.queryForList("SELECT requirement_id FROM approval_answer WHERE application_id = ?", Long.class, id)) {
            RadioButtonGroup<Assessment> assess = _get(RadioButtonGroup.class, spec -> spec.withId("assess-" + requirement));
            setValue(assess, Assessment.MET);
            _click(_get(Button.class, spec -> spec.withId("save-assessment-" + requirement)));
        }
        setValue(_get(DatePicker.class, spec -> spec.withId("start-date")), start);
        _click(_get(Button.class, spec -> spec.withId("approve")));
        assertThat(_get(Div.class, spec -> spec.withId("review-feedback")).getElement().getTextRecursively())
                .contains("Ansøgningen er godkendt");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM provider_agreement a JOIN provider p ON p.id = a.provider_id
                WHERE p.organisation_id = ? AND p.municipality_id = ? AND a.valid_from = ? AND a.model = 'APPROVAL'""",
                Integer.class, organisation, municipality.getId(), start)).isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).isEmpty();

        // The administrator reads the application but has no decision buttons.
        login(adminLogin, PASSWORD);
        UI.getCurrent().navigate("marked/ansoegninger/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Ansøgning fra Karibu Omsorg ApS");
        assertThat(_find(Button.class, spec -> spec.withId("send-question"))).isEmpty();
    }

    @Test
    void staffSuspendAndReinstateAProviderOnTheMarketPage() {
        long provider = registry.presenceIn(organisation, municipality.getId(), ProviderType.PRIVATE, Set.of("8000"));
        registry.agree(provider, market.area(municipality, ServiceAreaKind.PERSONAL_CARE), AgreementModel.APPROVAL,
                LocalDate.now().minusMonths(1), null, 10, null, null);
        login(procurementLogin, PASSWORD);
        UI.getCurrent().navigate(MarketProvidersView.class);
        @SuppressWarnings("unchecked")
        Grid<dk.fritvalg.market.Suspensions.ProviderStatus> grid = _get(Grid.class, spec -> spec.withId("providers-grid"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).providerId() == provider)
                .findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(grid, row, "details"));
        _click(_get(Button.class, spec -> spec.withId("suspend")));
        TextField reason = _get(TextField.class, spec -> spec.withId("suspension-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv en begrundelse.");

        setValue(reason, "Manglende dokumentation ved tilsyn");
        _click(_get(Button.class, spec -> spec.withId("suspend")));
        assertThat(_get(Div.class, spec -> spec.withId("providers-feedback")).getElement().getTextRecursively())
                .contains("Karibu Omsorg ApS er suspenderet. 0 borgere har fået besked.");
        assertThat(jdbc.queryForObject("SELECT suspended FROM provider WHERE id = ?", Boolean.class, provider)).isTrue();

        setValue(_get(TextField.class, spec -> spec.withId("suspension-reason")), "Dokumentationen er modtaget");
        _click(_get(Button.class, spec -> spec.withId("reinstate")));
        assertThat(jdbc.queryForObject("SELECT suspended FROM provider WHERE id = ?", Boolean.class, provider)).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("providers-feedback")).getElement().getTextRecursively())
                .contains("Suspensionen af Karibu Omsorg ApS er ophævet.");
    }

    @Test
    void aSuspensionThatBreaksAel18IsWarnedAndNeedsAReasonAndTheHealthPageShowsIt() {
        long integratedCare = market.area(municipality, ServiceAreaKind.INTEGRATED_CARE);
        long municipal = registry.presenceIn(providers.organisation("Kommunens Pleje"), municipality.getId(), ProviderType.MUNICIPAL,
                Set.of("8000"));
        long provider = registry.presenceIn(organisation, municipality.getId(), ProviderType.PRIVATE, Set.of("8000"));
        for (long p : new long[] {municipal, provider}) {
            registry.agree(p, integratedCare, AgreementModel.APPROVAL, LocalDate.now().minusMonths(1), null, 10, null, null);
        }
        login(procurementLogin, PASSWORD);
        UI.getCurrent().navigate(MarketProvidersView.class);
        @SuppressWarnings("unchecked")
        Grid<dk.fritvalg.market.Suspensions.ProviderStatus> grid = _get(Grid.class, spec -> spec.withId("providers-grid"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).providerId() == provider)
                .findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(grid, row, "details"));
        setValue(_get(TextField.class, spec -> spec.withId("suspension-reason")), "Tilsyn");
        _click(_get(Button.class, spec -> spec.withId("suspend")));
        assertThat(_get(Div.class, spec -> spec.withId("aels18-warning")).getElement().getTextRecursively())
                .contains("Så kan borgerne ikke vælge mellem mindst 2 leverandører i Helhedspleje (1)");
        assertThat(jdbc.queryForObject("SELECT suspended FROM provider WHERE id = ?", Boolean.class, provider)).isFalse();

        setValue(_get(TextField.class, spec -> spec.withId("aels18-override")), "Alvorlige mangler; borgerne flyttes");
        _click(_get(Button.class, spec -> spec.withId("suspend")));
        assertThat(jdbc.queryForObject("SELECT suspended FROM provider WHERE id = ?", Boolean.class, provider)).isTrue();

        UI.getCurrent().navigate(MarketHealthView.class);
        @SuppressWarnings("unchecked")
        Grid<dk.fritvalg.market.MarketHealth.AreaHealth> health = _get(Grid.class, spec -> spec.withId("market-health"));
        var integrated = java.util.stream.IntStream.range(0, GridKt._size(health)).mapToObj(i -> GridKt._get(health, i))
                .filter(a -> a.serviceAreaId() == integratedCare).findFirst().orElseThrow();
        assertThat(integrated.state()).isEqualTo(dk.fritvalg.market.MarketHealth.State.TOO_FEW);
        assertThat(GridKt._getFormattedRow(health, integrated)).contains("For få leverandører at vælge mellem (mindst 2)");
    }
}
