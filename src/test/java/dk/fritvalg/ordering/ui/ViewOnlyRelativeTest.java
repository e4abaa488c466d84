package dk.fritvalg.ordering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static dk.fritvalg.ordering.ui.ShopScreens.go;
import static dk.fritvalg.ordering.ui.ShopScreens.pageText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dk.fritvalg.catalogue.Recurrence;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.citizen.SwitchService;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.security.UserAccountService.NewUser;
import dk.fritvalg.support.KaribuTest;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A relative whose power of attorney lets her only look sees the citizen's pages without a single button she may not
 * use (no "Fjern", "Bestil", "Læg i kurven", "Aflys", "Skift" or "Fortryd"), while a relative who may act sees them all.
 */
class ViewOnlyRelativeTest extends KaribuTest {

    private static final String PASSWORD = "view-only-password-42";
    private static final String BATH = "favrskov-omg-ekstra-bad";
    /** How the actions on the citizen's pages begin. */
    private static final List<String> ACTIONS = List.of("Skift", "Vælg", "Fortryd", "Læg i kurven", "Fjern", "Bestil", "Aflys", "Betal");

    @Autowired
    CitizenFixture fixture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderingService ordering;
    @Autowired
    SwitchService switches;
    @Autowired
    UserAccountService users;

    @org.junit.jupiter.api.BeforeAll
    static void mailServer() {
        dk.fritvalg.support.TestMailServer.get();
    }

    @Test
    void aRelativeWhoMayOnlyLookSeesNoButtonsForActionsOnAnyCitizenPage() {
        long citizen = fixture.citizen("0710", "8370", null);
        fixture.grant(citizen, fixture.area("0710", ServiceAreaKind.PRACTICAL_HELP), fixture.provider("favrskov-hjemmepleje"));
        fixture.grant(citizen, fixture.area("0710", ServiceAreaKind.PERSONAL_CARE), fixture.provider("favrskov-hjemmepleje"));
        // Something on every page: an open switch, a weekly arrangement, and a cart with a line in it.
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, fixture.municipalityId("0710")));
        switches.request(citizen, fixture.area("0710", ServiceAreaKind.PERSONAL_CARE), fixture.provider("favrskov-omsorgsgruppen-midt"));
        long bath = new OrderingFixture(jdbc).addOnId(BATH);
        ordering.addAddOn(citizen, bath, 1);
        ordering.checkout(citizen, new OrderingService.CheckoutRequest(OrderingFixture.freshDay(DayOfWeek.TUESDAY),
                TimeWindow.parse("07:00-10:00"), Recurrence.WEEKLY, PaymentMethod.INVOICE));
        ordering.addAddOn(citizen, bath, 1);
        SecurityContextHolder.clearContext();

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("min-hjaelp", "Skift leverandør for Praktisk hjælp");
        pages.put("tilkoeb", null);
        pages.put("tilkoeb/ydelse/" + bath, "Læg i kurven");
        pages.put("tilkoeb/kurv", "Bestil");
        pages.put("tilkoeb/bestillinger", "Aflys den faste aftale fra en bestemt dag");
        pages.put("tilkoeb/opgoerelse", null);
        pages.put("min-hjaelp/historik", null);

        long actor = fixture.relative(null);
        fixture.powerOfAttorney(actor, citizen, PowerOfAttorneyScope.ACT);
        login(relativeLogin(actor), PASSWORD);
        pages.forEach((page, action) -> {
            if (action != null) {
                assertThat(actionsOn(page, citizen)).as("a relative who may act finds her actions on " + page).contains(action);
            }
        });
        go("tilkoeb/kurv?borger=" + citizen);
        assertThat(actionsOn("tilkoeb/kurv", citizen)).as("the remove buttons").anyMatch(name -> name.startsWith("Fjern"));

        long viewer = fixture.relative(null);
        fixture.powerOfAttorney(viewer, citizen, PowerOfAttorneyScope.VIEW);
        login(relativeLogin(viewer), PASSWORD);
        pages.keySet().forEach(page -> assertThat(actionsOn(page, citizen)).as("actions on " + page + " for a relative who may only look")
                .isEmpty());
        go("tilkoeb/kurv?borger=" + citizen);
        assertThat(pageText()).contains("Ekstra bad og hårvask", "Din fuldmagt giver kun lov til at se.");
    }

    /** The names of the buttons for actions on a page (by their accessible name when they have one). */
    private static List<String> actionsOn(String page, long citizen) {
        go(page + "?borger=" + citizen);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).as(page).isNotIn("AccessDeniedView", "NotFoundView");
        return _find(Button.class).stream().filter(Button::isVisible)
                .map(b -> b.getElement().getAttribute("aria-label") != null ? b.getElement().getAttribute("aria-label") : b.getText())
                .filter(name -> ACTIONS.stream().anyMatch(name::startsWith))
                .toList();
    }

    private String relativeLogin(long relativeId) {
        String username = "view-only-relative-" + relativeId;
        users.createOrUpdate(new NewUser(username, PASSWORD, "Test", Role.RELATIVE, null, null, null, null, relativeId, null));
        return username;
    }
}
