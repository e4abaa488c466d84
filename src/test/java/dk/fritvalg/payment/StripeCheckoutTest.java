package dk.fritvalg.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.support.KaribuTest;
import dk.fritvalg.support.StripeStandIn;
import java.time.DayOfWeek;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stripe Checkout against the local stand-in: the request Stripe gets, and what happens when Stripe is down or slow. */
class StripeCheckoutTest extends KaribuTest {

    private static final String RETURN = "tilkoeb/bestillinger";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderingService ordering;
    OrderingFixture fixture;

    @BeforeEach
    void reset() {
        fixture = new OrderingFixture(jdbc);
        fixture.reset();
        loginDemo("borger");
    }

    @Test
    void theSessionIsInOreAndDkkWithTheOrderIdAndAStableIdempotencyKey() {
        long orderId = placeCardOrder();
        String url = ordering.cardCheckoutUrl(orderId, RETURN);

        assertThat(url).startsWith("https://checkout.stripe.test/");
        StripeStandIn.Request request = StripeStandIn.get().requests("/v1/checkout/sessions").getLast();
        assertThat(request.authorization()).isEqualTo("Bearer sk_test_frit_valg_stand_in");
        assertThat(request.params())
                .containsEntry("currency", "dkk")
                .containsEntry("line_items[0][price_data][unit_amount]", "39500")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("metadata[order_id]", Long.toString(orderId))
                .containsEntry("payment_intent_data[metadata][order_id]", Long.toString(orderId))
                .containsEntry("client_reference_id", Long.toString(orderId))
                .containsEntry("customer_email", "karen.jensen@example.dk")
                .containsEntry("locale", "da");
        assertThat(request.params().get("line_items[0][price_data][product_data][name]")).contains("Fodpleje i hjemmet");
        assertThat(request.idempotencyKey()).isEqualTo("fritvalg-order-" + orderId + "-checkout");
        // Stripe sends the citizen back to the portal's public URL (test: http://localhost:8282 or 8080).
        assertThat(request.params().get("success_url")).matches("http://localhost:\\d+/tilkoeb/bestillinger\\?betaling=ok&ordre=" + orderId);

        // Asking again (the citizen reloads) reuses the session: no second request, no second session.
        assertThat(ordering.cardCheckoutUrl(orderId, RETURN)).isEqualTo(url);
        assertThat(StripeStandIn.get().requests("/v1/checkout/sessions")).hasSize(1);
    }

    @Test
    void whenStripeIsDownTheOrderWaitsForPaymentAndTheCitizenCanTryAgain() {
        long orderId = placeCardOrder();
        StripeStandIn.get().setDown(true);

        assertThatThrownBy(() -> ordering.cardCheckoutUrl(orderId, RETURN)).isInstanceOf(PaymentUnavailableException.class);
        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PAYMENT");
        assertThat(jdbc.queryForObject("SELECT last_error FROM payment WHERE order_id = ?", String.class, orderId)).isNotBlank();

        StripeStandIn.get().setDown(false);
        assertThat(ordering.cardCheckoutUrl(orderId, RETURN)).startsWith("https://checkout.stripe.test/");
        assertThat(StripeStandIn.get().requests("/v1/checkout/sessions")).hasSize(2)
                .allSatisfy(r -> assertThat(r.idempotencyKey()).isEqualTo("fritvalg-order-" + orderId + "-checkout"));
    }

    @Test
    void whenStripeIsSlowTheCallTimesOutAndTheRetryGetsTheSameSession() {
        long orderId = placeCardOrder();
        StripeStandIn.get().setDelay(Duration.ofSeconds(3));

        assertThatThrownBy(() -> ordering.cardCheckoutUrl(orderId, RETURN)).isInstanceOf(PaymentUnavailableException.class);
        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PAYMENT");

        StripeStandIn.get().setDelay(Duration.ZERO);
        String url = ordering.cardCheckoutUrl(orderId, RETURN);
        // Stripe had created the session for the slow call; the same idempotency key returns that session.
        assertThat(url).isEqualTo("https://checkout.stripe.test/c/pay/" + sessionIdFor(url));
        assertThat(StripeStandIn.get().requests("/v1/checkout/sessions")).hasSize(2)
                .extracting(StripeStandIn.Request::idempotencyKey).containsOnly("fritvalg-order-" + orderId + "-checkout");
    }

    @Test
    void aRelativeWithPowerOfAttorneyPaysWithHerOwnCardAndTheOrderRecordsHer() {
        loginDemo("paaroerende");
        long orderId = placeCardOrder();
        ordering.cardCheckoutUrl(orderId, RETURN);

        assertThat(StripeStandIn.get().requests("/v1/checkout/sessions").getLast().params())
                .containsEntry("customer_email", "mette.jensen@example.dk")
                .containsEntry("metadata[order_id]", Long.toString(orderId));
        long mette = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'paaroerende'", Long.class);
        assertThat(jdbc.queryForObject("SELECT paid_by_user_id FROM payment WHERE order_id = ?", Long.class, orderId)).isEqualTo(mette);
        assertThat(jdbc.queryForObject("SELECT ordered_by_name FROM addon_order WHERE id = ?", String.class, orderId)).isEqualTo("Mette Jensen");
    }

    @Test
    void withoutStripeKeysOnlyInvoiceIsOffered() {
        StripeGateway off = new StripeGateway("", "https://api.stripe.com", Duration.ofSeconds(1), Duration.ofSeconds(1), 0,
                Duration.ofHours(1), java.time.Clock.systemUTC());
        StripeGateway on = new StripeGateway("sk_test_x", "https://api.stripe.com", Duration.ofSeconds(1), Duration.ofSeconds(1), 0,
                Duration.ofHours(1), java.time.Clock.systemUTC());
        assertThat(off.configured()).isFalse();
        assertThat(new PaymentService(null, null, off, null, null, null, "whsec_x", "").cardPaymentAvailable()).isFalse();
        assertThat(new PaymentService(null, null, on, null, null, null, "", "").cardPaymentAvailable()).isFalse();
        assertThat(new PaymentService(null, null, on, null, null, null, "whsec_x", "").cardPaymentAvailable()).isTrue();
    }

    private static String sessionIdFor(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private long placeCardOrder() {
        long karen = fixture.citizenId("borger");
        ordering.addAddOn(karen, fixture.addOnId("favrskov-omg-fodpleje"), 1);
        return ordering.checkout(karen, new OrderingService.CheckoutRequest(OrderingFixture.freshDay(DayOfWeek.MONDAY),
                TimeWindow.parse("09:00-12:00"), null, PaymentMethod.CARD));
    }
}
