package dk.fritvalg.citizen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.notification.Channel;
import dk.fritvalg.notification.Notifications;
import dk.fritvalg.notification.ui.PrintBatchView;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.security.UserAccountService.NewUser;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.support.KaribuTest;
import dk.fritvalg.support.TestMailServer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The pages of issue 15 as users drive them: giving and accepting a power, "Mine beskeder" with the channel, letters to print. */
class NoticeAndPowerPagesTest extends KaribuTest {

    private static final String PASSWORD = "test-password-42";

    @Autowired
    CitizenFixture fixture;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    UserAccountService users;
    @Autowired
    CprHasher cprHasher;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void mail() {
        TestMailServer.get();
    }

    private String citizenLogin(long citizenId) {
        String username = "karibu-notice-citizen-" + citizenId;
        users.createOrUpdate(new NewUser(username, PASSWORD, "Test", Role.CITIZEN, null, fixture.municipalityId("0710"), null, citizenId,
                null, null));
        return username;
    }

    private String relativeLogin(long relativeId, String cpr) {
        String username = "karibu-notice-relative-" + relativeId;
        users.createOrUpdate(new NewUser(username, PASSWORD, "Test", Role.RELATIVE, null, null, null, null, relativeId,
                cpr == null ? null : cprHasher.hash(cpr)));
        return username;
    }

    private String staffLogin(String code) {
        String username = "karibu-notice-staff-" + code;
        users.createOrUpdate(new NewUser(username, PASSWORD, "Test staff", Role.MUNICIPAL_NEEDS_ASSESSMENT, null,
                fixture.municipalityId(code), null, null, null, null));
        return username;
    }

    private static String error() {
        return _get(Paragraph.class, spec -> spec.withClasses("error")).getText();
    }

    private static String success() {
        return _get(Paragraph.class, spec -> spec.withClasses("success")).getText();
    }

    @Test
    void aCitizenGivesHerDaughterAPowerAndTheDaughterAcceptsItOnHerOwnPage() {
        long karen = fixture.citizen("0710", "8370", null);
        String karenName = jdbc.queryForObject("SELECT CONCAT(first_name, ' ', last_name) FROM citizen WHERE id = ?", String.class, karen);
        String metteCpr = CitizenFixture.newCpr();
        long mette = fixture.relative(metteCpr, "Mette", "Datter", null);
        String metteLogin = relativeLogin(mette, metteCpr);

        login(citizenLogin(karen), PASSWORD);
        UI.getCurrent().navigate(GivePowerView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Giv en pårørende fuldmagt");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Du har ikke givet nogen fuldmagter.")).isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("give-submit")));
        assertThat(error()).isEqualTo("Skriv et CPR-nummer med 10 cifre.");
        assertThat(_get(TextField.class, spec -> spec.withId("give-cpr")).isInvalid()).isTrue();

        setValue(_get(TextField.class, spec -> spec.withId("give-cpr")), metteCpr.substring(0, 6) + "-" + metteCpr.substring(6));
        setValue(_get(TextField.class, spec -> spec.withId("give-first-name")), "Mette");
        setValue(_get(TextField.class, spec -> spec.withId("give-last-name")), "Datter");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PowerOfAttorneyScope> scope = _get(RadioButtonGroup.class, spec -> spec.withId("give-scope"));
        setValue(scope, PowerOfAttorneyScope.ACT);
        setValue(_get(DatePicker.class, spec -> spec.withId("give-to")), LocalDate.now().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("give-submit")));
        assertThat(error()).isEqualTo("Slutdatoen ligger før i dag. Vælg en senere dato, eller lad feltet være tomt.");
        assertThat(_get(DatePicker.class, spec -> spec.withId("give-to")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("give-first-name")).getValue()).as("nothing typed is lost").isEqualTo("Mette");

        _get(DatePicker.class, spec -> spec.withId("give-to")).clear();
        _click(_get(Button.class, spec -> spec.withId("give-submit")));
        assertThat(success()).isEqualTo("Fuldmagten til Mette Datter er givet. Den gælder, når Mette Datter har taget imod den.");
        long power = jdbc.queryForObject("SELECT id FROM power_of_attorney WHERE citizen_id = ?", Long.class, karen);
        assertThat(_get(ListItem.class, spec -> spec.withId("given-" + power)).getElement().getTextRecursively()).contains("Mette Datter", "Venter på svar");

        login(metteLogin, PASSWORD);
        UI.getCurrent().navigate(RepresentedView.class);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("waiting-powers")).getElement().getText())
                .isEmpty();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith(karenName + " vil give dig fuldmagt til at se og handle. Fra "));
        _click(_get(Button.class, spec -> spec.withId("accept-" + power)));
        assertThat(success()).isEqualTo("Du har taget imod fuldmagten fra " + karenName + ".");
        assertThat(_find(Button.class, spec -> spec.withId("accept-" + power))).isEmpty();
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains(karenName);

        login(citizenLogin(karen), PASSWORD);
        UI.getCurrent().navigate(GivePowerView.class);
        assertThat(_get(ListItem.class, spec -> spec.withId("given-" + power)).getElement().getTextRecursively()).contains("Gælder");
        _click(_get(Button.class, spec -> spec.withId("revoke-" + power)));
        assertThat(success()).isEqualTo("Fuldmagten til Mette Datter er tilbagekaldt.");
        assertThat(_get(ListItem.class, spec -> spec.withId("given-" + power)).getElement().getTextRecursively()).contains("Tilbagekaldt");
        assertThat(_find(Button.class, spec -> spec.withId("revoke-" + power))).isEmpty();
    }

    @Test
    void mineBeskederListsEveryNoticeForHerAndHerDaughterAndLetsHerChooseTheChannel() {
        long ingrid = fixture.citizen("0710", "8370", null);
        long daughter = fixture.relative(null);
        fixture.powerOfAttorney(daughter, ingrid, PowerOfAttorneyScope.VIEW);
        long stranger = fixture.relative(null);
        tx.executeWithoutResult(s -> notifications.toCitizen(ingrid, "test", "karibu-notice-1", "Ingrid"));

        login(citizenLogin(ingrid), PASSWORD);
        UI.getCurrent().navigate(MyNoticesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Mine beskeder");
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-channel-now")).getText())
                .isEqualTo("Lige nu får du besked som: Digital Post.");
        List<Details> notices = _find(Details.class);
        assertThat(notices).singleElement().satisfies(d -> assertThat(d.getSummaryText()).endsWith("· Test af mail til Ingrid"));
        assertThat(notices.getFirst().getElement().getTextRecursively()).contains("Hej Ingrid", "Dette er en test.");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Channel> channel = _get(RadioButtonGroup.class, spec -> spec.withId("notice-channel"));
        assertThat(channel.getListDataView().getItems()).containsExactly(Channel.DIGITAL_POST, Channel.LETTER);
        setValue(channel, Channel.LETTER);
        _click(_get(Button.class, spec -> spec.withId("save-notice-channel")));
        assertThat(success()).isEqualTo("Gemt. Du får nu besked som: Brev med posten.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-channel-now")).getText())
                .isEqualTo("Lige nu får du besked som: Brev med posten.");
        tx.executeWithoutResult(s -> notifications.toCitizen(ingrid, "test", "karibu-notice-2", "Ingrid"));
        assertThat(jdbc.queryForObject("SELECT channel FROM notice WHERE reference = 'karibu-notice-2' AND person_kind = 'CITIZEN'",
                String.class)).isEqualTo("LETTER");

        // her daughter reads them too; a relative without a power is refused
        login(relativeLogin(daughter, null), PASSWORD);
        UI.getCurrent().navigate(MyNoticesView.class, new QueryParameters(Map.of("borger", List.of(String.valueOf(ingrid)))));
        assertThat(_get(H1.class).getText()).startsWith("Beskeder til ");
        assertThat(_find(Details.class)).hasSize(2);
        login(relativeLogin(stranger, null), PASSWORD);
        UI.getCurrent().navigate(MyNoticesView.class, new QueryParameters(Map.of("borger", List.of(String.valueOf(ingrid)))));
        assertThat(_get(H1.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("Du har ikke adgang");
    }

    @Test
    void staffGatherTheLettersIntoAPdfAndConfirmThemAsSent() {
        long poul = fixture.citizen("0710", "8370", null);
        registry.registerCareSystemChannel(poul, Channel.LETTER);
        tx.executeWithoutResult(s -> notifications.toCitizen(poul, "test", "karibu-letter-" + poul, "Poul"));
        long deadline = System.currentTimeMillis() + 10_000;
        while (!"AWAITING_PRINT".equals(jdbc.queryForObject("SELECT status FROM notice WHERE reference = ?", String.class,
                "karibu-letter-" + poul)) && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }

        login(staffLogin("0710"), PASSWORD);
        UI.getCurrent().navigate(PrintBatchView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("letters-waiting")).getText()).startsWith("Breve, der venter på at komme med i en PDF: ")
                .doesNotEndWith(": 0");
        _click(_get(Button.class, spec -> spec.withId("gather-letters")));
        assertThat(success()).isEqualTo("Brevene er samlet i en ny PDF.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("letters-waiting")).getText()).endsWith(": 0");
        long batch = jdbc.queryForObject("SELECT print_batch_id FROM notice WHERE reference = ?", Long.class, "karibu-letter-" + poul);
        // the newest batch is the first row: a link to its PDF and a button to confirm it
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("print-batches"));
        com.vaadin.flow.component.Component actions = GridKt._getCellComponent(grid, 0, "actions");
        Anchor download = (Anchor) actions.getChildren().filter(Anchor.class::isInstance).findFirst().orElseThrow();
        assertThat(download.getId()).contains("download-batch-" + batch);
        assertThat(download.getText()).startsWith("Hent PDF med ");
        _click((Button) actions.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow());
        assertThat(success()).endsWith("breve er markeret som sendt.");
        grid = _get(Grid.class, spec -> spec.withId("print-batches"));
        assertThat(GridKt._getCellComponent(grid, 0, "actions").getChildren().filter(Button.class::isInstance)).isEmpty();
        assertThat(GridKt._getFormattedRow(grid, 0)).anyMatch(c -> String.valueOf(c).startsWith("Printet og sendt"));

        login(staffLogin("0621"), PASSWORD);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(PrintBatchView.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM print_batch WHERE municipality_id = ?", Integer.class,
                fixture.municipalityId("0621"))).isEqualTo(_find(Grid.class, spec -> spec.withId("print-batches")).stream()
                .mapToInt(g -> GridKt._size(g)).sum()).as("Kolding sees only its own batches");
    }
    @Test
    void aRelativeReadsHerOwnNoticesAndChoosesHerChannel() {
        long citizen = fixture.citizen("0710", "8370", null);
        String cpr = CitizenFixture.newCpr();
        long relative = fixture.relative(cpr, "Lise", "Egen", "lise-" + cpr + "@example.dk");
        fixture.powerOfAttorney(relative, citizen, PowerOfAttorneyScope.VIEW);
        tx.executeWithoutResult(s -> notifications.toCitizen(citizen, "test", "karibu-own-" + relative, "Lise"));

        login(relativeLogin(relative, cpr), PASSWORD);
        UI.getCurrent().navigate(MyNoticesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Mine beskeder");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).anyMatch(t -> t.startsWith("Beskeder til Test Borger"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-channel-now")).getText()).isEqualTo("Lige nu får du besked som: E-mail.");
        assertThat(_find(Details.class)).singleElement().satisfies(d -> assertThat(d.getSummaryText()).endsWith("· Test af mail til Lise"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Channel> channel = _get(RadioButtonGroup.class, spec -> spec.withId("notice-channel"));
        assertThat(channel.getListDataView().getItems()).as("no postal address: no letters").containsExactly(Channel.EMAIL, Channel.DIGITAL_POST);
        setValue(channel, Channel.DIGITAL_POST);
        _click(_get(Button.class, spec -> spec.withId("save-notice-channel")));
        assertThat(success()).isEqualTo("Gemt. Du får nu besked som: Digital Post.");
        tx.executeWithoutResult(s -> notifications.toCitizen(citizen, "test", "karibu-own2-" + relative, "Lise"));
        assertThat(jdbc.queryForObject("SELECT channel FROM notice WHERE reference = ? AND person_kind = 'RELATIVE'", String.class,
                "karibu-own2-" + relative)).isEqualTo("DIGITAL_POST");
    }

    @Test
    void staffSeeThePowersARelativeHoldsFromTheirOwnMunicipalityOnly() {
        String cpr = CitizenFixture.newCpr();
        long relative = fixture.relative(cpr, "Holder", "Begge", null);
        long favrskovCitizen = fixture.citizen("0710", "8370", null);
        long koldingCitizen = fixture.citizen("0621", "6000", null);
        fixture.powerOfAttorney(relative, favrskovCitizen, PowerOfAttorneyScope.ACT);
        fixture.waitingPowerOfAttorney(relative, koldingCitizen, PowerOfAttorneyScope.VIEW);

        login(staffLogin("0710"), PASSWORD);
        UI.getCurrent().navigate(PowersOfAttorneyAdminView.class);
        setValue(_get(TextField.class, spec -> spec.withId("held-relative-cpr")), cpr);
        _click(_get(Button.class, spec -> spec.withId("find-held")));
        Grid<?> held = _get(Grid.class, spec -> spec.withId("held-grid"));
        assertThat(GridKt._size(held)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(held, 0)).anyMatch(c -> String.valueOf(c).equals("At se og handle"))
                .anyMatch(c -> String.valueOf(c).equals("Gælder"));

        login(staffLogin("0621"), PASSWORD);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(PowersOfAttorneyAdminView.class);
        setValue(_get(TextField.class, spec -> spec.withId("held-relative-cpr")), cpr);
        _click(_get(Button.class, spec -> spec.withId("find-held")));
        held = _get(Grid.class, spec -> spec.withId("held-grid"));
        assertThat(GridKt._size(held)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(held, 0)).anyMatch(c -> String.valueOf(c).equals("Venter på svar"));
    }
}
