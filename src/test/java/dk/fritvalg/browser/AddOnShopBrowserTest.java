package dk.fritvalg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.fritvalg.catalogue.Recurrence;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.security.UserAccountService.NewUser;
import dk.fritvalg.support.TestMailServer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The add-on shop in Chromium, with the keyboard alone (Tab, Enter, Space and the arrow keys; the test
 * never moves focus itself): ordering by invoice from the list of real delivery days, cancelling an
 * arrangement through an accessible dialog, the statement and the provider's compact inbox, each page
 * checked with axe-core for WCAG 2.1 A and AA.
 */
class AddOnShopBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browser-shop-password-42";
    private static final String BATH = "favrskov-omg-ekstra-bad";

    @Autowired
    CitizenFixture citizens;
    @Autowired
    UserAccountService users;
    @Autowired
    OrderingService ordering;
    @Autowired
    JdbcTemplate jdbc;

    /** The machine is shared: give the server time to answer before an assertion gives up. */
    @BeforeAll
    void patience() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        TestMailServer.get();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** A new citizen at home in Hadsten with a grant, and her login. */
    private long newCitizen(String username) {
        long citizen = citizens.citizen("0710", "8370", null);
        citizens.grant(citizen, citizens.area("0710", ServiceAreaKind.PRACTICAL_HELP), citizens.provider("favrskov-hjemmepleje"));
        users.createOrUpdate(new NewUser(username, PASSWORD, "Test", Role.CITIZEN, null, citizens.municipalityId("0710"), null,
                citizen, null, null));
        return citizen;
    }

    private static boolean focusInDialog(Page page) {
        return (Boolean) page.evaluate("() => document.activeElement != null"
                + " && document.activeElement.closest('vaadin-dialog, vaadin-dialog-overlay') != null");
    }

    @Test
    void aCitizenOrdersByInvoiceFromTheListOfDeliveryDaysWithTheKeyboardOnly() {
        String username = "shop-browser-" + System.nanoTime();
        long citizen = newCitizen(username);
        long bath = jdbc.queryForObject("SELECT id FROM add_on WHERE catalogue_key = ?", Long.class, BATH);

        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, username, PASSWORD);
            page.navigate(url("tilkoeb/ydelse/" + bath));
            assertThat(heading(page)).hasText("Ekstra bad og hårvask");
            assertAccessible(page);

            tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Læg i kurven")));
            page.keyboard().press("Enter");
            assertThat(heading(page)).hasText("Din kurv");
            assertThat(page.locator("main .page-messages").first()).containsText("Ekstra bad og hårvask er lagt i kurven.");
            assertThat(page.locator("vaadin-date-picker")).hasCount(0);
            assertAccessible(page);

            // The days are a native list of real dates; the second one has every window open.
            Locator days = page.getByLabel("Dato");
            tabTo(page, days);
            List<String> offered = days.locator("option").allTextContents();
            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowDown");
            assertThat(days).hasValue(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
            LocalDate chosen = LocalDate.parse(days.inputValue());
            org.assertj.core.api.Assertions.assertThat(offered.get(2)).contains(Integer.toString(chosen.getYear()));
            org.assertj.core.api.Assertions.assertThat(chosen.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);

            Locator early = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("kl. 07:00–10:00"));
            tabTo(page, early);
            page.keyboard().press("Space");
            assertThat(early).isChecked();
            assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("På den månedlige opgørelse"))).isChecked();
            assertAccessible(page);

            tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestil")));
            page.keyboard().press("Enter");

            assertThat(heading(page)).hasText("Mine bestillinger");
            assertThat(page.locator("main .page-messages").first()).containsText("Tak for din bestilling.");
            assertThat(page.locator("vaadin-notification-card")).hasCount(0);
            assertThat(page.locator("main section.order").first()).containsText("Ekstra bad og hårvask");
            assertAccessible(page);
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM addon_order WHERE citizen_id = ? AND payment_method = 'INVOICE'", Integer.class, citizen)).isEqualTo(1);
    }

    @Test
    void cancellingAnArrangementAsksFirstInADialogAndTheOutcomeStaysInThePage() {
        String username = "shop-series-" + System.nanoTime();
        long citizen = newCitizen(username);
        LocalDate first = OrderingFixture.freshDay(DayOfWeek.TUESDAY);
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, citizens.municipalityId("0710")));
        ordering.addAddOn(citizen, jdbc.queryForObject("SELECT id FROM add_on WHERE catalogue_key = ?", Long.class, BATH), 1);
        long orderId = ordering.checkout(citizen, new OrderingService.CheckoutRequest(first, TimeWindow.parse("07:00-10:00"),
                Recurrence.WEEKLY, PaymentMethod.INVOICE));
        SecurityContextHolder.clearContext();

        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, username, PASSWORD);
            page.navigate(url("tilkoeb/bestillinger"));
            assertThat(heading(page)).hasText("Mine bestillinger");
            assertAccessible(page);

            Locator endSeries = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aflys den faste aftale fra en bestemt dag"));
            tabTo(page, endSeries);
            page.keyboard().press("Enter");
            Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Aflys den faste aftale: 1 × Ekstra bad og hårvask"));
            Locator keep = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nej, behold aftalen"));
            assertThat(keep).isVisible();
            org.assertj.core.api.Assertions.assertThat(focusInDialog(page)).as("focus moves into the dialog").isTrue();
            assertThat(dialog).containsText("Du aflyser 12 besøg");
            assertAccessible(page);

            page.keyboard().press("Escape");
            assertThat(dialog).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(statuses(orderId)).containsOnly("REQUESTED");
            org.assertj.core.api.Assertions.assertThat((Boolean) endSeries.evaluate("e => e === document.activeElement"))
                    .as("focus is back on the button that opened the dialog").isTrue();

            page.keyboard().press("Enter");
            assertThat(keep).isVisible();
            Locator from = dialog.getByLabel("Aflys alle besøg fra og med");
            tabTo(page, from);
            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowDown");
            assertThat(from).hasValue(first.plusWeeks(3).toString());
            assertThat(dialog).containsText("Du aflyser 9 besøg");
            tabTo(page, dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, aflys besøgene")));
            page.keyboard().press("Enter");

            assertThat(dialog).hasCount(0);
            Locator message = page.locator("main .page-messages").first();
            assertThat(message).containsText("9 besøg fra og med");
            assertThat(page.locator("vaadin-notification-card")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(statuses(orderId)).containsExactly("REQUESTED", "REQUESTED", "REQUESTED",
                    "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
            assertAccessible(page);

            // One visit: the same question first; Space opens it, Escape leaves the visit as it was.
            tabTo(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aflys besøget (gratis)")).first());
            page.keyboard().press("Space");
            Locator visitDialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Vil du aflyse besøget?"));
            assertThat(visitDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nej, behold besøget"))).isVisible();
            org.assertj.core.api.Assertions.assertThat(focusInDialog(page)).isTrue();
            page.keyboard().press("Escape");
            assertThat(visitDialog).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(statuses(orderId).getFirst()).isEqualTo("REQUESTED");

            // The statement shows the visits still to come this month and what they will cost.
            page.navigate(url("tilkoeb/opgoerelse?maaned=" + first.getYear() + "-" + String.format("%02d", first.getMonthValue())));
            assertThat(heading(page)).hasText("Opgørelse over tilkøb");
            assertThat(page.locator("main")).not().containsText("9 besøg fra og med");
            assertThat(page.locator("main table.upcoming")).containsText("Ekstra bad og hårvask");
            assertAccessible(page);
        }
    }

    @Test
    void theProviderOpensAnOrderLineWithTheKeyboardAndIsToldWhenAVisitCanBeMarkedDelivered() {
        long citizen = newCitizen("shop-inbox-" + System.nanoTime());
        LocalDate day = OrderingFixture.freshDay(DayOfWeek.THURSDAY);
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, citizens.municipalityId("0710")));
        ordering.addAddOn(citizen, jdbc.queryForObject("SELECT id FROM add_on WHERE catalogue_key = ?", Long.class, BATH), 1);
        long orderId = ordering.checkout(citizen, new OrderingService.CheckoutRequest(day, TimeWindow.parse("07:00-10:00"), null,
                PaymentMethod.INVOICE));
        SecurityContextHolder.clearContext();

        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, "leverandoer", "frit-valg-demo");
            page.navigate(url("leverandoer/bestillinger"));
            assertThat(heading(page)).hasText("Bestillinger af tilkøb");
            Locator line = page.locator("#order-" + orderId);
            Locator summary = line.locator("summary");
            assertThat(summary).containsText("Ordre " + orderId + ": 1 × Ekstra bad og hårvask");
            assertThat(line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepter"))).isHidden();
            assertAccessible(page);

            tabTo(page, summary);
            page.keyboard().press("Enter");
            assertThat(line).hasAttribute("open", "");
            assertThat(line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepter"))).isVisible();
            assertThat(line.locator("th").last()).hasText("Levering");
            // The time is written as in the time windows ("kl. 07:00–10:00"), not "07.00".
            assertThat(line.locator("vaadin-time-picker input")).hasValue("07:00");
            assertThat(line).containsText("Accepter bestillingen først");
            assertAccessible(page);

            tabTo(page, line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepter")));
            page.keyboard().press("Enter");
            assertThat(page.locator("main .page-messages").first()).containsText("Bestillingen er accepteret");
            assertThat(line).hasAttribute("open", "");
            assertThat(line).containsText("Kan markeres som leveret fra");
            assertAccessible(page);
        }
    }

    private List<String> statuses(long orderId) {
        return jdbc.queryForList("SELECT status FROM addon_order_occurrence WHERE order_id = ? ORDER BY service_date", String.class, orderId);
    }
}
