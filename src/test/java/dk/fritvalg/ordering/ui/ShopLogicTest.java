package dk.fritvalg.ordering.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.fritvalg.ordering.ui.ShopScreens.answer;
import static dk.fritvalg.ordering.ui.ShopScreens.assertNoPopUps;
import static dk.fritvalg.ordering.ui.ShopScreens.dialog;
import static dk.fritvalg.ordering.ui.ShopScreens.go;
import static dk.fritvalg.ordering.ui.ShopScreens.order;
import static dk.fritvalg.ordering.ui.ShopScreens.pageText;
import static dk.fritvalg.ordering.ui.ShopScreens.set;
import static dk.fritvalg.ordering.ui.ShopScreens.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Section;
import dk.fritvalg.catalogue.AddOnSummary;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.TestClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The add-on shop's logic as Karen (borger) and Omsorgsgruppen Midt (leverandoer) meet it on the
 * screens: real days to choose from, nothing offered that cannot be bought or booked, cancelling an
 * arrangement only after confirming, the month's coming charges, and a compact provider inbox.
 */
class ShopLogicTest extends ShopScreenTest {

    private static final String SUNDAY_ROAST = "favrskov-lind-soendagssteg";

    @Test
    void theCartListsOnlyDaysTheProviderComesAndTheFirstPossibleIsOneOfThem() {
        // Ordered on a Monday: Monday + 3 days' notice is a Thursday, but the Sunday roast comes on Sundays only.
        LocalDate monday = LocalDate.now(TimeConfiguration.DANISH_TIME).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        TestClock.setTo(monday.atTime(9, 0).atZone(TimeConfiguration.DANISH_TIME));
        loginDemo("borger");
        CartView cart = putInCart(SUNDAY_ROAST);

        assertThat(pageText()).contains("kan komme på disse dage: søndag. Den første mulige dag er "
                + AddOnTexts.dayAndDate(UI.getCurrent(), sunday) + ".");
        assertThat(_find(DatePicker.class)).as("a list of real days, not a calendar").isEmpty();
        assertThat(cart.date.getDays()).first().isEqualTo(sunday);
        assertThat(cart.date.getDays()).allSatisfy(day -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
        assertThat(text(cart.date)).contains("Vælg en dag", AddOnTexts.dayAndDate(UI.getCurrent(), sunday));

        set(cart.date, sunday);
        assertThat(cart.window.getValue()).as("the only window that day is chosen for her").isEqualTo(TimeWindow.parse("10:00-13:00"));
        set(cart.payment, PaymentMethod.INVOICE);
        _click(cart.order);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyOrdersView.class);
        assertThat(pageText()).contains("Tak for din bestilling.");
        assertNoPopUps();
        go("tilkoeb");
        assertThat(pageText()).as("the message stays with the page it was on").doesNotContain("Tak for din bestilling");
    }

    @Test
    void theVelvaerePackageIsOfferedAndBookableOnTheDayBothPartsCome() {
        loginDemo("borger");
        go("tilkoeb");
        Section velvaere = _get(Section.class, spec -> spec.withClasses("package-card")
                .withPredicate(card -> _find(card, H3.class, h -> h.withText("Velvære derhjemme")).size() == 1));
        _click(_get(velvaere, Button.class, spec -> spec.withText("Læg i kurven")));

        CartView cart = (CartView) UI.getCurrent().getCurrentView();
        assertThat(pageText()).contains("Velvære derhjemme er lagt i kurven.", "kan komme på disse dage: onsdag.");
        assertThat(cart.date.getDays()).isNotEmpty().allSatisfy(day -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY));
        assertThat(cart.order.isVisible()).isTrue();
    }

    @Test
    void karenWhoLivesAtHomeIsNotOfferedTheNursingHomeMusicAndItsPageSaysWhy() {
        loginDemo("borger");
        go("tilkoeb");
        AddOnCatalogueView catalogue = (AddOnCatalogueView) UI.getCurrent().getCurrentView();
        assertThat(catalogue.shown().stream().map(AddOnSummary::name).toList())
                .contains("Hjælp til tablet og MitID").doesNotContain("Musik og sang på plejehjemmet");

        go("tilkoeb/ydelse/" + fixture.addOnId("favrskov-hj-musikterapi"));
        assertThat(pageText()).contains("Musik og sang på plejehjemmet kan kun købes af beboere på plejehjem.");
        assertThat(_find(Button.class, spec -> spec.withText("Læg i kurven"))).isEmpty();
    }

    @Test
    void anArrangementIsCancelledFromAChosenDayOnlyAfterSheConfirms() {
        loginDemo("borger");
        LocalDate first = fixture.listedDay(BATH, DayOfWeek.TUESDAY);
        long orderId = orderWeeklyBath(first);
        long karen = fixture.citizenId("borger");
        assertThat(orderId).isEqualTo(fixture.latestOrderOf(karen));
        LocalDate fourth = first.plusWeeks(3);

        _click(_get(order(orderId), Button.class, spec -> spec.withText("Aflys den faste aftale fra en bestemt dag")));
        Confirmation confirmation = dialog();
        assertThat(confirmation.getHeaderTitle()).isEqualTo("Aflys den faste aftale: 1 × Ekstra bad og hårvask");
        DaySelect from = _get(confirmation, DaySelect.class);
        assertThat(from.getDays()).hasSize(12).first().isEqualTo(first);
        set(from, fourth);
        assertThat(text(confirmation)).contains("Du aflyser 9 besøg fra og med " + AddOnTexts.dayAndDate(UI.getCurrent(), fourth)
                + ". Det er gratis.");
        answer("Nej, behold aftalen");
        assertThat(statuses(orderId)).as("nothing is cancelled without a yes").containsOnly("REQUESTED");

        _click(_get(order(orderId), Button.class, spec -> spec.withText("Aflys den faste aftale fra en bestemt dag")));
        set(_get(dialog(), DaySelect.class), fourth);
        answer("Ja, aflys besøgene");
        assertThat(statuses(orderId)).containsExactly("REQUESTED", "REQUESTED", "REQUESTED", "CANCELLED", "CANCELLED", "CANCELLED",
                "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(pageText()).contains("9 besøg fra og med " + AddOnTexts.dayAndDate(UI.getCurrent(), fourth) + " er aflyst.");
        assertNoPopUps();

        // One visit: asked first as well.
        _click(_find(order(orderId), Button.class, spec -> spec.withText("Aflys besøget (gratis)")).getFirst());
        assertThat(dialog().getHeaderTitle()).isEqualTo("Vil du aflyse besøget?");
        assertThat(text(dialog())).contains("1 × Ekstra bad og hårvask, " + AddOnTexts.dayAndDate(UI.getCurrent(), first), "Det er gratis.");
        answer("Nej, behold besøget");
        assertThat(statuses(orderId).getFirst()).isEqualTo("REQUESTED");

        go("tilkoeb/opgoerelse");
        assertThat(pageText()).doesNotContain("er aflyst");
    }

    @Test
    void theStatementShowsWhatIsComingThisMonthAndWhatItWillCostNextToWhatWasCharged() {
        loginDemo("borger");
        LocalDate first = fixture.listedDay(BATH, DayOfWeek.WEDNESDAY);
        orderWeeklyBath(first);
        YearMonth month = YearMonth.from(first);
        long coming = jdbc.queryForObject("""
                SELECT COUNT(*) FROM addon_order_occurrence o JOIN addon_order a ON a.id = o.order_id
                WHERE a.citizen_id = ? AND a.payment_method = 'INVOICE' AND o.status IN ('REQUESTED', 'SCHEDULED')
                  AND o.service_date BETWEEN ? AND ?""", Long.class, fixture.citizenId("borger"), month.atDay(1), month.atEndOfMonth());

        go("tilkoeb/opgoerelse?maaned=" + month);
        assertThat(pageText()).doesNotContain("Der er ingen tilkøb på regning i denne måned")
                .contains("Det kommer senere i måneden", "Ekstra bad og hårvask", "220,00 kr.")
                .contains("Kommer senere: " + dk.fritvalg.ui.Formats.kroner(coming * 22_000, UI.getCurrent().getLocale()));
    }

    @Test
    void theInboxShowsOneLinePerOrderAndSaysWhenAVisitCanBeMarkedDelivered() {
        loginDemo("borger");
        LocalDate day = fixture.listedDay(BATH, DayOfWeek.THURSDAY);
        CartView cart = putInCart(BATH);
        set(cart.date, day);
        set(cart.window, EARLY);
        _click(cart.order);
        long orderId = fixture.latestOrderOf(fixture.citizenId("borger"));

        loginDemo("leverandoer");
        providerOrders.accept(orderId, LocalTime.of(8, 0));
        go("leverandoer/bestillinger");
        NativeDetails line = (NativeDetails) order(orderId);
        assertThat(line.isOpen()).isFalse();
        assertThat(text(line.getSummary())).isEqualTo("Ordre " + orderId + ": 1 × Ekstra bad og hårvask · Karen Jensen · "
                + AddOnTexts.dayAndDate(UI.getCurrent(), day) + " · Bekræftet");
        assertThat(_find(line, NativeTableHeaderCell.class).stream().map(ShopScreens::text).toList())
                .containsExactly("Dato", "Tidspunkt", "Status", "Levering");
        assertThat(text(line)).contains("Kan markeres som leveret fra " + AddOnTexts.dayAndDate(UI.getCurrent(), day));
        assertThat(_find(line, Button.class, spec -> spec.withText("Markér som leveret"))).isEmpty();

        TestClock.setTo(day.atTime(9, 0).atZone(TimeConfiguration.DANISH_TIME));
        go("leverandoer/bestillinger");
        line = (NativeDetails) order(orderId);
        line.setOpen(true);
        _click(_get(line, Button.class, spec -> spec.withText("Markér som leveret")));
        assertThat(fixture.orderStatus(orderId)).isEqualTo("DELIVERED");
        assertThat(pageText()).contains("Besøget er markeret som leveret.");
        assertNoPopUps();
    }

    private CartView putInCart(String addOnKey) {
        go("tilkoeb/ydelse/" + fixture.addOnId(addOnKey));
        _click(_get(Button.class, spec -> spec.withText("Læg i kurven")));
        return (CartView) UI.getCurrent().getCurrentView();
    }

    private long orderWeeklyBath(LocalDate first) {
        CartView cart = putInCart(BATH);
        set(cart.repeat, "WEEKLY");
        set(cart.date, first);
        set(cart.window, EARLY);
        _click(cart.order);
        return fixture.latestOrderOf(fixture.citizenId("borger"));
    }

    private List<String> statuses(long orderId) {
        return jdbc.queryForList("SELECT status FROM addon_order_occurrence WHERE order_id = ? ORDER BY service_date", String.class, orderId);
    }
}
