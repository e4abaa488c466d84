package dk.fritvalg.ordering.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.fritvalg.ordering.ui.ShopScreens.answer;
import static dk.fritvalg.ordering.ui.ShopScreens.go;
import static dk.fritvalg.ordering.ui.ShopScreens.mail;
import static dk.fritvalg.ordering.ui.ShopScreens.order;
import static dk.fritvalg.ordering.ui.ShopScreens.pageText;
import static dk.fritvalg.ordering.ui.ShopScreens.set;
import static dk.fritvalg.ordering.ui.ShopScreens.text;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.timepicker.TimePicker;
import dk.fritvalg.catalogue.AddOnCategory;
import dk.fritvalg.catalogue.AddOnSummary;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.payment.Webhooks;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.StripeStandIn;
import dk.fritvalg.support.TestClock;
import dk.fritvalg.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The add-on marketplace through the screens, as Karen (borger), her daughter Mette (paaroerende, power
 * of attorney to act) and Omsorgsgruppen Midt (leverandoer) use it, with the mails they get.
 */
class AddOnShoppingTest extends ShopScreenTest {

    private static final String KAREN = "karen.jensen@example.dk";
    private static final String METTE = "mette.jensen@example.dk";

    @Test
    void aCitizenBrowsesAndFiltersTheCatalogueOfHerMunicipality() {
        loginDemo("borger");
        go("tilkoeb");
        AddOnCatalogueView view = (AddOnCatalogueView) UI.getCurrent().getCurrentView();
        assertThat(names(view)).contains("Fodpleje i hjemmet", "Vinduespudsning", "Ekstra bad og hårvask")
                // Karen lives in 8370: Solsikken comes only to 8450, 8860 and 8881, its garden help only to 8450 and 8860.
                .doesNotContain("Hjælp i haven", "Vinduespudsning ude og inde", "Ekstra indkøb");

        set(view.category, AddOnCategory.FOOT_CARE);
        assertThat(names(view)).containsExactly("Fodpleje i hjemmet");

        set(view.category, null);
        set(view.maxPrice, 100);
        assertThat(view.shown().stream().map(AddOnSummary::priceOre).toList())
                .isNotEmpty().allMatch(p -> p <= 10_000);

        set(view.maxPrice, null);
        set(view.weekday, DayOfWeek.SUNDAY);
        assertThat(names(view)).contains("Søndagssteg med dessert").doesNotContain("Fodpleje i hjemmet");

        // Municipal add-ons say they are priced at cost; packages show their contents and the saving.
        set(view.weekday, null);
        assertThat(view.shown().stream().filter(AddOnSummary::costBased).map(AddOnSummary::name).toList())
                .contains("Vinduespudsning").doesNotContain("Fodpleje i hjemmet");
        assertThat(pageText()).contains("Velvære derhjemme", "1 × Fodpleje i hjemmet",
                "Pris for pakken: 650,00 kr. Køber du tingene hver for sig, koster de 720,00 kr. Du sparer 70,00 kr.");

        go("tilkoeb/ydelse/" + fixture.addOnId("favrskov-hj-vinduer"));
        assertThat(pageText()).contains("Vinduespudsning", "Favrskov Kommunes Hjemmepleje", "uden fortjeneste",
                "260,00 kr. pr. besøg (med 25 % moms)", "Kun borgere, der har fået bevilget hjælp",
                "Du kan aflyse gratis indtil kl. 14:00 dagen før");
    }

    @Test
    void anInvoiceOrderGoesToTheProviderWhoAcceptsAndDeliversAndItLandsOnTheStatement() {
        loginDemo("borger");
        LocalDate day = fixture.listedDay(BATH, DayOfWeek.TUESDAY);
        putInCartAndOrder(BATH, day, PaymentMethod.INVOICE);
        long karen = fixture.citizenId("borger");
        long orderId = fixture.latestOrderOf(karen);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyOrdersView.class);
        assertThat(text(order(orderId))).contains("Venter på leverandøren", "Omsorgsgruppen Midt ApS", "Karen Jensen",
                "På den månedlige opgørelse");
        MimeMessage receipt = mail(KAREN, "Kvittering");
        assertThat(TestMailServer.subject(receipt)).isEqualTo("Kvittering for din bestilling (ordre " + orderId + ")");
        assertThat(TestMailServer.body(receipt)).contains("1 × Ekstra bad og hårvask", "220,00 kr.",
                "Beløbet kommer på din månedlige opgørelse", "indtil kl. 12:00 dagen før");
        MimeMessage toProvider = mail("kontakt@example.omsorgsgruppen-midt.dk", "Ny bestilling af tilkøb (ordre " + orderId + ")");
        assertThat(TestMailServer.body(toProvider)).contains("Hvad: 1 × Ekstra bad og hårvask", "Borger: Karen Jensen",
                "Accepter eller afvis den under Bestillinger");

        loginDemo("leverandoer");
        go("leverandoer/bestillinger");
        NativeDetails inboxOrder = (NativeDetails) order(orderId);
        assertThat(inboxOrder.isOpen()).as("one line until the provider opens it").isFalse();
        inboxOrder.setOpen(true);
        assertThat(text(inboxOrder)).contains("Karen Jensen", "Søndergade 14, 8370 Hadsten");
        set(_get(inboxOrder, TimePicker.class), LocalTime.of(8, 30));
        _click(_get(inboxOrder, Button.class, spec -> spec.withText("Accepter")));
        assertThat(fixture.orderStatus(orderId)).isEqualTo("CONFIRMED");
        MimeMessage confirmation = mail(KAREN, "Bekræftet");
        assertThat(TestMailServer.subject(confirmation)).contains("Bekræftet: 1 × Ekstra bad og hårvask", "kl. 08:30");

        TestClock.setTo(day.atTime(18, 0).atZone(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME));
        go("leverandoer/bestillinger");
        _click(_get(order(orderId), Button.class, spec -> spec.withText("Markér som leveret")));
        assertThat(fixture.orderStatus(orderId)).isEqualTo("DELIVERED");

        loginDemo("borger");
        go("tilkoeb/opgoerelse?maaned=" + YearMonth.from(day));
        assertThat(pageText()).contains("Ekstra bad og hårvask", "Omsorgsgruppen Midt ApS", "Leveret", "220,00 kr.", "Heraf moms");
    }

    @Test
    void aCardOrderIsPaidOnlyWhenStripeSaysSoAndADeclineRefundsItInFull() {
        loginDemo("borger");
        LocalDate day = fixture.listedDay(FOOT_CARE, DayOfWeek.MONDAY);
        putInCartAndOrder(FOOT_CARE, day, PaymentMethod.CARD);
        long orderId = fixture.latestOrderOf(fixture.citizenId("borger"));

        StripeStandIn.Request session = StripeStandIn.get().requests("/v1/checkout/sessions").getLast();
        assertThat(session.params()).containsEntry("currency", "dkk")
                .containsEntry("line_items[0][price_data][unit_amount]", "39500")
                .containsEntry("line_items[0][price_data][currency]", "dkk")
                .containsEntry("metadata[order_id]", Long.toString(orderId))
                .containsEntry("mode", "payment");
        assertThat(session.idempotencyKey()).isEqualTo("fritvalg-order-" + orderId + "-checkout");
        assertThat(session.params().get("success_url")).contains("/tilkoeb/bestillinger", "betaling=ok");
        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PAYMENT");
        assertThat(TestMailServer.mailTo(KAREN).stream().map(TestMailServer::subject))
                .as("no receipt before Stripe confirms the payment").noneMatch(subject -> subject.contains("ordre " + orderId + ")"));

        assertThat(Webhooks.deliver(context, StripeStandIn.sessionCompleted("evt_paid_" + orderId, orderId, 39_500))).isEqualTo(200);
        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PROVIDER");
        assertThat(TestMailServer.body(mail(KAREN, "Kvittering"))).contains("Du har betalt med kort.");

        loginDemo("leverandoer");
        go("leverandoer/bestillinger");
        _click(_get(order(orderId), Button.class, spec -> spec.withText("Afvis")));
        assertThat(fixture.orderStatus(orderId)).isEqualTo("DECLINED");
        StripeStandIn.Request refund = awaitRefund(orderId);
        assertThat(refund.params()).containsEntry("amount", "39500").containsEntry("payment_intent", "pi_test_" + orderId);
        assertThat(refund.idempotencyKey()).isEqualTo("fritvalg-order-" + orderId + "-declined");
        MimeMessage declined = mail(KAREN, "Leverandøren kan ikke komme");
        assertThat(TestMailServer.body(declined)).contains("kan desværre ikke levere", "395,00 kr., tilbage på dit kort");
    }

    @Test
    void cancellingBeforeTheDeadlineIsFreeAndRefundsTheCard() {
        loginDemo("borger");
        LocalDate day = fixture.listedDay(FOOT_CARE, DayOfWeek.WEDNESDAY);
        putInCartAndOrder(FOOT_CARE, day, PaymentMethod.CARD);
        long orderId = fixture.latestOrderOf(fixture.citizenId("borger"));
        Webhooks.deliver(context, StripeStandIn.sessionCompleted("evt_paid_" + orderId, orderId, 39_500));

        go("tilkoeb/bestillinger");
        _click(_get(order(orderId), Button.class, spec -> spec.withText("Aflys besøget (gratis)")));
        assertThat(fixture.orderStatus(orderId)).as("nothing happens before she confirms").isEqualTo("AWAITING_PROVIDER");
        answer("Ja, aflys besøget");

        assertThat(fixture.orderStatus(orderId)).isEqualTo("CANCELLED");
        assertThat(awaitRefund(orderId).params()).containsEntry("amount", "39500");
        MimeMessage cancelled = mail(KAREN, "Aflyst");
        assertThat(TestMailServer.subject(cancelled)).isEqualTo("Aflyst: 1 × Fodpleje i hjemmet");
        assertThat(TestMailServer.body(cancelled)).contains("Du får 395,00 kr. tilbage på dit kort");
    }

    @Test
    void cancellingAfterTheDeadlineIsChargedUnderTheProvidersTerms() {
        loginDemo("borger");
        LocalDate day = fixture.listedDay(BATH, DayOfWeek.THURSDAY);
        putInCartAndOrder(BATH, day, PaymentMethod.INVOICE);
        long orderId = fixture.latestOrderOf(fixture.citizenId("borger"));

        // Omsorgsgruppen's deadline is 12:00 the day before; it is now 12:30.
        TestClock.setTo(day.minusDays(1).atTime(12, 30).atZone(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME));
        go("tilkoeb/bestillinger");
        _click(_get(order(orderId), Button.class, spec -> spec.withText("Aflys besøget (du skal betale 220,00 kr.)")));
        assertThat(text(ShopScreens.dialog())).contains("Du skal betale 220,00 kr., fordi fristen for gratis aflysning er overskredet.");
        answer("Ja, aflys besøget");

        assertThat(fixture.orderStatus(orderId)).isEqualTo("CANCELLED");
        assertThat(TestMailServer.body(mail(KAREN, "Aflyst")))
                .contains("efter fristen", "220,00 kr.");
        go("tilkoeb/opgoerelse?maaned=" + YearMonth.from(day));
        assertThat(pageText()).contains("Ekstra bad og hårvask", "Aflyst for sent (betales)", "220,00 kr.");
    }

    @Test
    void aRecurringSeriesBooksAVisitEveryWeekAndSingleVisitsCanBeCancelled() {
        loginDemo("borger");
        LocalDate day = fixture.listedDay(BATH, DayOfWeek.FRIDAY);
        long karen = fixture.citizenId("borger");
        ordering.addAddOn(karen, fixture.addOnId(BATH), 1);
        go("tilkoeb/kurv");
        CartView cart = (CartView) UI.getCurrent().getCurrentView();
        set(cart.repeat, "WEEKLY");
        set(cart.date, day);
        set(cart.window, EARLY);
        set(cart.payment, PaymentMethod.INVOICE);
        _click(cart.order);
        long orderId = fixture.latestOrderOf(karen);

        List<LocalDate> dates = jdbc.queryForList("SELECT service_date FROM addon_order_occurrence WHERE order_id = ? ORDER BY service_date",
                LocalDate.class, orderId);
        assertThat(dates).hasSize(12).first().isEqualTo(day);
        assertThat(dates.get(1)).isEqualTo(day.plusWeeks(1));
        assertThat(TestMailServer.body(mail(KAREN, "Kvittering"))).contains("hver uge fra", "(12 gange)");

        _click(com.github.mvysny.kaributesting.v10.LocatorJ._find(order(orderId), Button.class,
                spec -> spec.withText("Aflys besøget (gratis)")).get(1));
        answer("Ja, aflys besøget");
        assertThat(jdbc.queryForList("SELECT status FROM addon_order_occurrence WHERE order_id = ? ORDER BY service_date", String.class, orderId))
                .containsExactly("REQUESTED", "CANCELLED", "REQUESTED", "REQUESTED", "REQUESTED", "REQUESTED", "REQUESTED", "REQUESTED",
                        "REQUESTED", "REQUESTED", "REQUESTED", "REQUESTED");
        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PROVIDER");

        loginDemo("leverandoer");
        providerOrders.accept(orderId, LocalTime.of(9, 0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM addon_order_occurrence WHERE order_id = ? AND status = 'SCHEDULED' AND confirmed_time = '09:00:00'",
                Integer.class, orderId)).isEqualTo(11);
    }

    @Test
    void aRelativeWithPowerOfAttorneyOrdersForTheCitizenAndTheOrderRecordsWho() {
        loginDemo("paaroerende");
        go("tilkoeb");
        assertThat(pageText()).contains("Du bestiller for Karen Jensen med en fuldmagt.");
        LocalDate day = fixture.listedDay(BATH, DayOfWeek.SATURDAY);
        long karen = fixture.citizenId("borger");
        go("tilkoeb/ydelse/" + fixture.addOnId(BATH) + "?borger=" + karen);
        _click(_get(Button.class, spec -> spec.withText("Læg i kurven")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CartView.class);
        orderInCart((CartView) UI.getCurrent().getCurrentView(), day, PaymentMethod.INVOICE);
        long orderId = fixture.latestOrderOf(karen);

        assertThat(text(order(orderId))).contains("Bestilt af", "Mette Jensen");
        assertThat(jdbc.queryForObject("SELECT ordered_by_relative_id IS NOT NULL FROM addon_order WHERE id = ?", Boolean.class, orderId)).isTrue();
        assertThat(TestMailServer.body(mail(METTE, "Kvittering"))).contains("Hej Karen Jensen", "Bestilt af: Mette Jensen");
        assertThat(TestMailServer.subject(mail(KAREN, "Kvittering"))).contains("ordre " + orderId + ")");
    }

    @Test
    void refusals() {
        long karen = fixture.citizenId("borger");
        long poul = fixture.citizenId("kolding-borger");
        long footCare = fixture.addOnId(FOOT_CARE);

        // Another municipality's citizen can neither open nor buy a Favrskov add-on.
        loginDemo("kolding-borger");
        go("tilkoeb/ydelse/" + footCare);
        assertThat(UI.getCurrent().getCurrentView()).as("sent back to his own catalogue").isInstanceOf(AddOnCatalogueView.class);
        long kolding = jdbc.queryForObject("SELECT id FROM municipality WHERE code = '0621'", Long.class);
        assertThat(((AddOnCatalogueView) UI.getCurrent().getCurrentView()).shown().stream()
                .map(a -> jdbc.queryForObject("SELECT municipality_id FROM add_on WHERE id = ?", Long.class, a.id())).toList())
                .isNotEmpty().containsOnly(kolding);
        assertThatThrownBy(() -> ordering.addAddOn(poul, footCare, 1)).isInstanceOf(AccessDeniedException.class);

        // A relative without a power of attorney for Poul cannot order for him, nor see his orders.
        loginDemo("paaroerende");
        assertThatThrownBy(() -> ordering.addAddOn(poul, fixture.addOnId("kolding-hj-ekstra-rengoring"), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ordering.orders(poul)).isInstanceOf(AccessDeniedException.class);
        go("tilkoeb/kurv?borger=" + poul);
        assertThat(UI.getCurrent().getCurrentView()).as("the cart of someone she has no power of attorney for").isNotInstanceOf(CartView.class);
        assertThat(pageText()).doesNotContain("Poul", "Din kurv");

        // Karen is not a nursing-home resident: the music for residents is refused with a plain message.
        loginDemo("borger");
        assertThatThrownBy(() -> ordering.addAddOn(karen, fixture.addOnId("favrskov-hj-musikterapi"), 1))
                .isInstanceOf(BusinessException.class).hasMessageContaining("ordering.needs-nursing-home");
        // Municipal staff may look at a citizen but not order for her.
        loginDemo("medarbejder");
        assertThatThrownBy(() -> ordering.addAddOn(karen, footCare, 1)).isInstanceOf(AccessDeniedException.class);

        // A provider administrator sees only their own orders.
        loginDemo("borger");
        ordering.addAddOn(karen, fixture.addOnId("favrskov-hj-ekstra-rengoring"), 1);
        LocalDate day = OrderingFixture.freshDay(DayOfWeek.TUESDAY);
        long municipalOrder = ordering.checkout(karen, new OrderingService.CheckoutRequest(day, TimeWindow.parse("08:00-12:00"), null, PaymentMethod.INVOICE));
        loginDemo("leverandoer");
        long municipalProvider = fixture.providerId("favrskov-hjemmepleje");
        assertThatThrownBy(() -> providerOrders.inbox(municipalProvider, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providerOrders.accept(municipalOrder, LocalTime.of(9, 0))).isInstanceOf(AccessDeniedException.class);
        go("leverandoer/bestillinger");
        assertThat(pageText()).doesNotContain("Ordre " + municipalOrder + ":");
        // A citizen cannot open the provider's inbox.
        loginDemo("borger");
        go("leverandoer/bestillinger");
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("access-denied")).getText())
                .as("the Danish access-denied page").isEqualTo("Du har ikke adgang");
    }

    // --- helpers ---

    private void putInCartAndOrder(String addOnKey, LocalDate day, PaymentMethod method) {
        go("tilkoeb/ydelse/" + fixture.addOnId(addOnKey));
        _click(_get(Button.class, spec -> spec.withText("Læg i kurven")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CartView.class);
        orderInCart((CartView) UI.getCurrent().getCurrentView(), day, method);
    }

    private void orderInCart(CartView cart, LocalDate day, PaymentMethod method) {
        assertThat(pageText()).contains("Du kan aflyse gratis indtil kl. 12:00 dagen før");
        set(cart.date, day);
        set(cart.window, method == PaymentMethod.CARD ? TimeWindow.parse("09:00-12:00") : EARLY);
        if (method == PaymentMethod.CARD) {
            // Foot care has three places per slot; nobody has booked this day yet.
            assertThat(cart.places.getText()).isEqualTo("Der er 3 ledige pladser på den dag i det tidsrum.");
        }
        set(cart.payment, method);
        _click(cart.order);
    }

    private StripeStandIn.Request awaitRefund(long orderId) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            var found = StripeStandIn.get().requests("/v1/refunds").stream()
                    .filter(r -> Long.toString(orderId).equals(r.params().get("metadata[order_id]"))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("No refund sent to Stripe for order " + orderId);
    }

    private static List<String> names(AddOnCatalogueView view) {
        return view.shown().stream().map(AddOnSummary::name).toList();
    }

}
