package dk.fritvalg.citizen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.citizen.SwitchRequest;
import dk.fritvalg.citizen.SwitchService;
import dk.fritvalg.citizen.SwitchService.Option;
import dk.fritvalg.citizen.SwitchStatus;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.security.UserAccountService.NewUser;
import dk.fritvalg.support.KaribuTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Choosing, switching, approving, rejecting and cancelling through the screens people use. */
class SwitchViewsTest extends KaribuTest {

    private static final String PASSWORD = "test-password-42";

    @Autowired
    CitizenFixture fixture;
    @Autowired
    UserAccountService users;
    @Autowired
    SwitchService switches;

    private long favrskov() {
        return fixture.municipalityId("0710");
    }

    private String citizenLogin(long citizenId, long municipalityId) {
        String username = "karibu-citizen-" + citizenId;
        users.createOrUpdate(new NewUser(username, PASSWORD, "Test", Role.CITIZEN, null, municipalityId, null, citizenId, null, null));
        return username;
    }

    private String relativeLogin(long relativeId) {
        String username = "karibu-relative-" + relativeId;
        users.createOrUpdate(new NewUser(username, PASSWORD, "Test", Role.RELATIVE, null, null, null, null, relativeId, null));
        return username;
    }

    private String staffLogin(String code) {
        String username = "karibu-staff-" + code;
        users.createOrUpdate(new NewUser(username, PASSWORD, "Test staff", Role.MUNICIPAL_NEEDS_ASSESSMENT, null, fixture.municipalityId(code),
                null, null, null, null));
        return username;
    }

    /** The texts of a row in the table of requests to switch on Min hjælp. */
    private static List<String> requestRow(int index) {
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("requests"));
        return table.getBody().getRow(index).orElseThrow().getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    private static void assertDenied() {
        assertThat(_get(H1.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("Du har ikke adgang");
    }

    private long favrskovCitizenWithPersonalCare() {
        long citizen = fixture.citizen("0710", "8370", null);
        fixture.grant(citizen, fixture.area("0710", ServiceAreaKind.PERSONAL_CARE), fixture.provider("favrskov-hjemmepleje"));
        return citizen;
    }

    @SuppressWarnings("unchecked")
    /** The row's own "Afgør" button, found by its name as a screen reader says it. */
    private static Button decideButton(SwitchService.QueueRow row) {
        return _find(Button.class, spec -> spec.withClasses("decide-button")).stream()
                .filter(b -> ("Afgør skift for " + row.citizenName() + ": " + row.area()).equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }

    @Test
    void aCitizenSwitchesFromMyHelpAndSeesTheDateBeforeConfirming() {
        long citizen = favrskovCitizenWithPersonalCare();
        login(citizenLogin(citizen, favrskov()), PASSWORD);
        UI.getCurrent().navigate(MyHelpView.class);

        Button change = _find(Button.class, spec -> spec.withClasses("switch-button")).getFirst();
        assertThat(change.getText()).isEqualTo("Skift leverandør for Personlig pleje");
        _click(change);

        assertThat(_get(H1.class).getText()).isEqualTo("Skift leverandør: Personlig pleje");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Din leverandør i dag er Favrskov Kommunes Hjemmepleje."))).isNotNull();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> choice = _get(RadioButtonGroup.class, spec -> spec.withId("provider-choice"));
        List<String> labels = choice.getListDataView().getItems().map(choice.getItemLabelGenerator()).toList();
        assertThat(labels).containsExactly("Omsorgsgruppen Midt ApS (privat)");
        String effective = _get(Paragraph.class, spec -> spec.withId("effective-date")).getText();
        assertThat(effective).startsWith("Skiftet gælder fra 1. ");

        _click(_get(Button.class, spec -> spec.withId("confirm-switch")));
        assertThat(choice.isInvalid()).as("nothing picked yet").isTrue();

        setValue(choice, choice.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("confirm-switch")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("switch-done")).getText())
                .startsWith("Tak. Du skifter til Omsorgsgruppen Midt ApS fra 1. ");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("back-to-my-help")).getHref())
                .isEqualTo("min-hjaelp?borger=" + citizen);
        UI.getCurrent().navigate(MyHelpView.class);
        assertThat(requestRow(0))
                .contains("Personlig pleje", "Favrskov Kommunes Hjemmepleje → Omsorgsgruppen Midt ApS", "Godkendt – venter på datoen", "Dig");
    }

    @Test
    void aCitizenCancelsAPendingSwitch() {
        long citizen = favrskovCitizenWithPersonalCare();
        String username = citizenLogin(citizen, favrskov());
        login(username, PASSWORD);
        switches.request(citizen, fixture.area("0710", ServiceAreaKind.PERSONAL_CARE), fixture.provider("favrskov-omsorgsgruppen-midt"));
        UI.getCurrent().navigate(MyHelpView.class);

        Button cancel = _get(Button.class, spec -> spec.withClasses("cancel-request"));
        assertThat(cancel.getText()).isEqualTo("Fortryd skift for Personlig pleje");
        _click(cancel);

        assertThat(requestRow(0)).contains("Fortrudt");
        assertThat(switches.requestsOf(citizen)).singleElement().extracting(SwitchRequest::getStatus).isEqualTo(SwitchStatus.CANCELLED);
    }

    @Test
    void kolding_staffApproveOneAndRejectAnotherWithAReason() {
        long kolding = fixture.municipalityId("0621");
        long area = fixture.area("0621", ServiceAreaKind.PRACTICAL_HELP);
        long first = fixture.citizen("0621", "6000", null);
        fixture.grant(first, area, fixture.provider("kolding-hjemmepleje"));
        long second = fixture.citizen("0621", "6000", null);
        fixture.grant(second, area, fixture.provider("kolding-hjemmepleje"));

        login(citizenLogin(first, kolding), PASSWORD);
        UI.getCurrent().navigate(SwitchView.class, QueryParameters.simple(Map.of("borger", String.valueOf(first), "omraade", String.valueOf(area))));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Kommunen skal godkende skiftet. Du får besked på mail, når det er sket."))).isNotNull();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> choice = _get(RadioButtonGroup.class, spec -> spec.withId("provider-choice"));
        setValue(choice, choice.getListDataView().getItems().filter(o -> o.name().startsWith("Fjordhjertet")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("confirm-switch")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("switch-done")).getText()).contains("er sendt til kommunen");
        long firstRequestId = switches.requestsOf(first).getFirst().getId();
        login(citizenLogin(second, kolding), PASSWORD);
        SwitchRequest secondRequest = switches.request(second, area, fixture.provider("kolding-kildebakken"));

        login(staffLogin("0621"), PASSWORD);
        UI.getCurrent().navigate(SwitchQueueView.class);
        SwitchQueueView queue = (SwitchQueueView) UI.getCurrent().getCurrentView();
        List<SwitchService.QueueRow> rows = queue.shownRows();
        SwitchService.QueueRow firstRow = rows.stream().filter(r -> r.requestId() == firstRequestId).findFirst().orElseThrow();
        assertThat(firstRow.toProvider()).startsWith("Fjordhjertet");
        assertThat(firstRow.fromProvider()).isEqualTo("Kolding Kommunes Hjemmepleje");
        _click(decideButton(firstRow));
        _click(_get(Button.class, spec -> spec.withId("approve")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("success")).getText()).contains("er godkendt");

        SwitchService.QueueRow secondRow = queue.shownRows().stream()
                .filter(r -> r.requestId() == secondRequest.getId()).findFirst().orElseThrow();
        _click(decideButton(secondRow));
        _click(_get(Button.class, spec -> spec.withId("reject")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reject-reason"));
        assertThat(reason.isInvalid()).as("a rejection needs a reason").isTrue();
        setValue(reason, "Kildebakken har ikke plads i dit område før til foråret.");
        _click(_get(Button.class, spec -> spec.withId("reject")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("success")).getText()).contains("er afvist");
        assertThat(queue.shownRows()).noneMatch(r -> r.requestId() == secondRequest.getId() || r.requestId() == firstRow.requestId());

        login(citizenLogin(second, kolding), PASSWORD);
        UI.getCurrent().navigate(MyHelpView.class);
        assertThat(requestRow(0))
                .contains("Afvist: Kildebakken har ikke plads i dit område før til foråret.");
    }

    @Test
    void aRelativeWithAPowerToActSwitchesForTheCitizenAndIsRecorded() {
        long citizen = favrskovCitizenWithPersonalCare();
        long relative = fixture.relative(null);
        fixture.powerOfAttorney(relative, citizen, PowerOfAttorneyScope.ACT);
        login(relativeLogin(relative), PASSWORD);

        UI.getCurrent().navigate(MyHelpView.class, QueryParameters.of("borger", String.valueOf(citizen)));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText()).startsWith("Du handler på vegne af");
        _click(_find(Button.class, spec -> spec.withClasses("switch-button")).getFirst());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> choice = _get(RadioButtonGroup.class, spec -> spec.withId("provider-choice"));
        setValue(choice, choice.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("confirm-switch")));

        UI.getCurrent().navigate(MyHelpView.class, QueryParameters.of("borger", String.valueOf(citizen)));
        assertThat(requestRow(0)).anyMatch(cell -> cell.endsWith("(pårørende)"));
    }

    @Test
    void refusals_relativeWithoutPower_viewOnlyPower_otherMunicipality_providerAdmin() {
        long citizen = favrskovCitizenWithPersonalCare();
        long area = fixture.area("0710", ServiceAreaKind.PERSONAL_CARE);
        Map<String, List<String>> switchParams = Map.of("borger", List.of(String.valueOf(citizen)), "omraade", List.of(String.valueOf(area)));

        long stranger = fixture.relative(null);
        login(relativeLogin(stranger), PASSWORD);
        UI.getCurrent().navigate(MyHelpView.class, QueryParameters.of("borger", String.valueOf(citizen)));
        assertDenied();

        long viewer = fixture.relative(null);
        fixture.powerOfAttorney(viewer, citizen, PowerOfAttorneyScope.VIEW);
        login(relativeLogin(viewer), PASSWORD);
        UI.getCurrent().navigate(MyHelpView.class, QueryParameters.of("borger", String.valueOf(citizen)));
        assertThat(_find(Button.class)).as("no button at all with a power to view").noneMatch(b -> b.getText().startsWith("Skift")
                || b.getText().startsWith("Vælg") || b.getText().startsWith("Fortryd"));
        UI.getCurrent().navigate(SwitchView.class, new QueryParameters(switchParams));
        assertDenied();

        login(staffLogin("0621"), PASSWORD);
        UI.getCurrent().navigate(SwitchView.class, new QueryParameters(switchParams));
        assertDenied();
        UI.getCurrent().navigate(PowersOfAttorneyAdminView.class);
        setValue(_get(TextField.class, spec -> spec.withId("citizen-cpr")), "0703411236");
        _click(_get(Button.class, spec -> spec.withId("find-citizen")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("error")).getText())
                .as("Kolding staff do not find a Favrskov citizen").isEqualTo("Der er ingen borger i kommunen med det CPR-nummer.");

        loginDemo("leverandoer");
        UI.getCurrent().navigate(MyHelpView.class, QueryParameters.of("borger", String.valueOf(citizen)));
        assertDenied();
        UI.getCurrent().navigate(SwitchQueueView.class);
        assertDenied();
    }

    @Test
    void staffRegisterAPowerOfAttorneyThatLetsTheRelativeActAndRevokeIt() {
        String citizenCpr = CitizenFixture.newCpr();
        long citizen = fixture.citizen("0710", "8370", null, citizenCpr);
        long area = fixture.area("0710", ServiceAreaKind.PERSONAL_CARE);
        fixture.grant(citizen, area, fixture.provider("favrskov-hjemmepleje"));
        String relativeCpr = CitizenFixture.newCpr();
        login(staffLogin("0710"), PASSWORD);
        UI.getCurrent().navigate(PowersOfAttorneyAdminView.class);

        setValue(_get(TextField.class, spec -> spec.withId("citizen-cpr")), "12345");
        _click(_get(Button.class, spec -> spec.withId("find-citizen")));
        assertThat(_get(TextField.class, spec -> spec.withId("citizen-cpr")).getErrorMessage()).isEqualTo("Skriv et CPR-nummer med 10 cifre.");

        setValue(_get(TextField.class, spec -> spec.withId("citizen-cpr")), citizenCpr.substring(0, 6) + "-" + citizenCpr.substring(6));
        _click(_get(Button.class, spec -> spec.withId("find-citizen")));
        String masked = citizenCpr.substring(0, 6) + "-****";
        assertThat(_find(com.vaadin.flow.component.html.H2.class).stream().map(com.vaadin.flow.component.html.H2::getText))
                .anyMatch(t -> t.endsWith("(" + masked + ")"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).noneMatch(t -> t.contains(citizenCpr.substring(6)));

        setValue(_get(TextField.class, spec -> spec.withId("relative-cpr")), relativeCpr);
        _click(_get(Button.class, spec -> spec.withId("register-poa")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("poa-scope")).isInvalid()).as("scope is required").isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PowerOfAttorneyScope> scope = _get(RadioButtonGroup.class, spec -> spec.withId("poa-scope"));
        setValue(scope, PowerOfAttorneyScope.ACT);
        _click(_get(Button.class, spec -> spec.withId("register-poa")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("error")).getText())
                .isEqualTo("Skriv den pårørendes fornavn og efternavn.");
        setValue(_get(TextField.class, spec -> spec.withId("relative-first-name")), "Hanne");
        setValue(_get(TextField.class, spec -> spec.withId("relative-last-name")), "Holm");
        _click(_get(Button.class, spec -> spec.withId("register-poa")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("error")).getText())
                .isEqualTo("Skriv hvorfor kommunen registrerer fuldmagten for borgeren.");
        setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("poa-reason")),
                "Borgeren kan ikke selv bruge portalen.");
        _click(_get(Button.class, spec -> spec.withId("register-poa")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("success")).getText()).startsWith("Fuldmagten fra");
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("powers-grid")), 0))
                .contains("Hanne Holm", "At se og handle", "Gælder");

        long relative = fixture.relative(relativeCpr, "Hanne", "Holm", null);
        login(relativeLogin(relative), PASSWORD);
        Map<String, List<String>> switchParams = Map.of("borger", List.of(String.valueOf(citizen)), "omraade", List.of(String.valueOf(area)));
        UI.getCurrent().navigate(SwitchView.class, new QueryParameters(switchParams));
        assertThat(_get(H1.class).getText()).isEqualTo("Skift leverandør: Personlig pleje");

        login(staffLogin("0710"), PASSWORD);
        UI.getCurrent().navigate(PowersOfAttorneyAdminView.class);
        setValue(_get(TextField.class, spec -> spec.withId("citizen-cpr")), citizenCpr);
        _click(_get(Button.class, spec -> spec.withId("find-citizen")));
        _click((Button) GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("powers-grid")), 0, "revoke"));
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("powers-grid")), 0)).contains("Tilbagekaldt");

        login(relativeLogin(relative), PASSWORD);
        UI.getCurrent().navigate(SwitchView.class, new QueryParameters(switchParams));
        assertDenied();
    }
}
