package dk.fritvalg.ordering.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dk.fritvalg.catalogue.Recurrence;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.ordering.OrderingService.CheckoutRequest;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.KaribuTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Orders with input no one should be able to place: refused with a Danish message, nothing half-saved. */
class BadOrderInputTest extends KaribuTest {

    /** Omsorgsgruppen Midt: extra bath, Monday–Saturday, no capacity limit. */
    private static final String BATH = "favrskov-omg-ekstra-bad";
    private static final TimeWindow EARLY = TimeWindow.parse("07:00-10:00");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderingService ordering;
    OrderingFixture fixture;
    long karen;

    @BeforeEach
    void reset() {
        fixture = new OrderingFixture(jdbc);
        fixture.reset();
        karen = fixture.citizenId("borger");
    }

    private int orders() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM addon_order WHERE citizen_id = ?", Integer.class, karen);
    }

    @Test
    void aQuantityTheFieldCannotReadIsRefusedInsteadOfBecomingOne() {
        loginDemo("borger");
        UI.getCurrent().navigate("tilkoeb/ydelse/" + fixture.addOnId(BATH));
        AddOnDetailView view = (AddOnDetailView) UI.getCurrent().getCurrentView();
        // What an integer field holds when its text is "abc" or 999999999999: nothing it can read.
        setValue(view.quantity, null);
        _click(_get(Button.class, spec -> spec.withClasses("add-to-cart")));

        assertThat(view.quantity.isInvalid()).isTrue();
        assertThat(view.quantity.getErrorMessage()).isEqualTo("Vælg et antal mellem 1 og 20.");
        assertThat(ordering.cart(karen).isEmpty()).isTrue();
        assertThat(UI.getCurrent().getCurrentView()).isSameAs(view);
    }

    @Test
    void anOrderBeyondTheBookingHorizonIsRefusedAndTheCartIsKept() {
        loginDemo("borger");
        ordering.addAddOn(karen, fixture.addOnId(BATH), 1);
        int before = orders();
        LocalDate farAhead = LocalDate.of(2100, 1, 4);
        LocalDate lastDayOfTime = LocalDate.of(9999, 12, 20);

        for (CheckoutRequest request : List.of(new CheckoutRequest(farAhead, EARLY, null, PaymentMethod.INVOICE),
                new CheckoutRequest(lastDayOfTime, EARLY, Recurrence.WEEKLY, PaymentMethod.INVOICE))) {
            assertThatThrownBy(() -> ordering.checkout(karen, request)).as(request.toString())
                    .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("ordering.beyond-horizon");
        }
        assertThat(orders()).isEqualTo(before);
        assertThat(ordering.cart(karen).lines()).hasSize(1);
        assertThat(ordering.lastBookableDate()).isEqualTo(LocalDate.now().plusDays(365));
    }

    @Test
    void ofTwoCheckoutsOfTheSameCartAtOnceOneOrdersAndTheOtherIsToldSo() throws Exception {
        Authentication borger = loginDemo("borger");
        ordering.addAddOn(karen, fixture.addOnId(BATH), 1);
        int before = orders();
        CheckoutRequest request = new CheckoutRequest(OrderingFixture.freshDay(DayOfWeek.TUESDAY), EARLY, null, PaymentMethod.INVOICE);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(borger);
                    try {
                        together.await(10, TimeUnit.SECONDS);
                        ordering.checkout(karen, request);
                        return "ordered";
                    } catch (BusinessException e) {
                        return e.messageKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("ordered", "ordering.already-ordered");
        } finally {
            pool.shutdownNow();
        }
        assertThat(orders()).isEqualTo(before + 1);
    }
}
