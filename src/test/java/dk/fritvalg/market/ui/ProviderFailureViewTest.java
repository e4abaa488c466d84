package dk.fritvalg.market.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.market.ProviderFailures;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.support.KaribuTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Leverandørsvigt" as the procurement office uses it: choose the failing provider and see what moves (the municipal
 * provider pre-chosen), a missing reason is refused in the page and nothing moves, confirm, and tick the checklist off;
 * the administrator reads the failure but has no form and cannot tick.
 */
class ProviderFailureViewTest extends KaribuTest {

    private static final String PASSWORD = "svigttest-kodeord";

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
    long municipal;
    long failing;
    long citizen;
    String procurementLogin;
    String adminLogin;

    @BeforeEach
    void freshMarket() {
        dk.fritvalg.support.TestMailServer.get();
        municipality = market.freshMunicipality();
        long personalCare = market.area(municipality, ServiceAreaKind.PERSONAL_CARE);
        municipal = registry.presenceIn(providers.organisation("Kommunens Hjemmepleje"), municipality.getId(), ProviderType.MUNICIPAL,
                Set.of("8000"));
        failing = providers.chain("Svigt Karibu ApS", Map.of(municipality.getCode(), Set.of("8000"))).get(municipality.getCode());
        for (long p : new long[] {municipal, failing}) {
            registry.agree(p, personalCare, AgreementModel.APPROVAL, LocalDate.now().minusYears(1), null, null, null, null);
        }
        citizen = citizens.citizen(municipality.getCode(), "8000", null);
        citizens.grant(citizen, personalCare, failing);
        procurementLogin = "karibu-svigt-" + municipality.getCode();
        users.createOrUpdate(new UserAccountService.NewUser(procurementLogin, PASSWORD, "Ib Indkøber", Role.MUNICIPAL_PROCUREMENT,
                "ib-svigt@example.dk", municipality.getId(), null, null, null, null));
        adminLogin = "karibu-svigt-admin-" + municipality.getCode();
        users.createOrUpdate(new UserAccountService.NewUser(adminLogin, PASSWORD, "Anne Admin", Role.MUNICIPAL_ADMIN,
                "anne-svigt@example.dk", municipality.getId(), null, null, null, null));
    }

    @SuppressWarnings("unchecked")
    @Test
    void procurementRegistersAFailureAndTicksTheChecklistOff() {
        login(procurementLogin, PASSWORD);
        UI.getCurrent().navigate(ProviderFailureView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Leverandørsvigt");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("standing-checklist")).getElement().getTextRecursively())
                .contains("Aftal overdragelse af nøgler", "Overdrag medicinlister");

        Select<ProviderFailures.Option> provider = _get(Select.class, spec -> spec.withId("failure-provider"));
        assertThat(provider.getListDataView().getItems().map(ProviderFailures.Option::providerId)).containsExactly(failing);
        _click(_get(Button.class, spec -> spec.withId("failure-preview")));
        assertThat(provider.isInvalid()).isTrue();
        setValue(provider, provider.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("failure-preview")));
        Select<ProviderFailures.Option> fallback = _find(Select.class).stream().filter(s -> s.getId().orElse("").startsWith("fallback-"))
                .map(s -> (Select<ProviderFailures.Option>) s).findFirst().orElseThrow();
        assertThat(fallback.getLabel()).isEqualTo("Ny leverandør i Personlig pleje (1 borgere)");
        assertThat(fallback.getValue().providerId()).isEqualTo(municipal);

        _click(_get(Button.class, spec -> spec.withId("failure-register")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("failure-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv en begrundelse.");
        assertThat(jdbc.queryForObject("SELECT provider_id FROM provider_choice WHERE citizen_id = ? AND valid_to IS NULL", Long.class, citizen))
                .isEqualTo(failing);

        setValue(reason, "Konkurs – skifteretten har ringet");
        _click(_get(Button.class, spec -> spec.withId("failure-register")));
        assertThat(_get(Div.class, spec -> spec.withId("failure-feedback")).getElement().getTextRecursively())
                .contains("1 borgere er flyttet fra Svigt Karibu ApS. Alle har fået besked.");
        assertThat(jdbc.queryForObject("SELECT CONCAT(provider_id, '/', reason) FROM provider_choice WHERE citizen_id = ? AND valid_to IS NULL",
                String.class, citizen)).isEqualTo(municipal + "/CONTINGENCY");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("failure-facts")).getElement().getTextRecursively())
                .contains("Begrundelse: Konkurs – skifteretten har ringet", "1 borgere flyttet", "Personlig pleje: Kommunens Hjemmepleje overtog 1 borgere");

        Checkbox first = _find(Checkbox.class).stream().filter(c -> c.getId().orElse("").startsWith("task-")).findFirst().orElseThrow();
        String taskId = first.getId().orElseThrow().substring("task-".length());
        setValue(_get(TextField.class, spec -> spec.withId("task-note-" + taskId)), "Alle ringet op kl. 10");
        setValue(first, true);
        assertThat(jdbc.queryForObject("SELECT CONCAT(done_by_name, '/', note) FROM provider_failure_task WHERE id = ?", String.class,
                Long.parseLong(taskId))).isEqualTo("Ib Indkøber/Alle ringet op kl. 10");
        assertThat(_get(Div.class, spec -> spec.withId("failure-tasks")).getElement().getTextRecursively())
                .contains("Udført af Ib Indkøber", "Alle ringet op kl. 10");

        // The administrator reads it, but has no form and the checklist is read-only.
        login(adminLogin, PASSWORD);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(ProviderFailureView.class);
        assertThat(_find(Select.class, spec -> spec.withId("failure-provider"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("standing-add"))).isEmpty();
        long failure = jdbc.queryForObject("SELECT id FROM provider_failure WHERE provider_id = ?", Long.class, failing);
        com.vaadin.flow.component.grid.Grid<ProviderFailures.Summary> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("failures-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).failureId()).isEqualTo(failure);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0)).contains("Svigt Karibu ApS", "1 af 7 punkter");
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "details"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("task-" + taskId)).isReadOnly()).isTrue();
    }
}
