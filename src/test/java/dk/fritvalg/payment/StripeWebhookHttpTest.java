package dk.fritvalg.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.ordering.ProviderOrders;
import dk.fritvalg.support.StripeStandIn;
import dk.fritvalg.support.TestMailServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Stripe's webhook over real HTTP on a random port: anonymous, no CSRF token, only the signature
 * counts. Valid, forged, stale and replayed events, and events out of order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(OutputCaptureExtension.class)
class StripeWebhookHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderingService ordering;
    @Autowired
    ProviderOrders providerOrders;
    @Autowired
    AuthenticationConfiguration authentication;

    private final HttpClient http = HttpClient.newHttpClient();
    private OrderingFixture fixture;

    @BeforeEach
    void reset() {
        fixture = new OrderingFixture(jdbc);
        fixture.reset();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aValidEventPaysTheOrderOnceAndAReplayOrLateEventChangesNothing() throws Exception {
        long orderId = placeCardOrder();
        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PAYMENT");
        String completed = StripeStandIn.sessionCompleted("evt_http_paid_" + orderId, orderId, 39_500);

        assertThat(post(completed, StripeStandIn.signature(completed))).isEqualTo(200);
        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PROVIDER");
        assertThat(paymentStatus(orderId)).isEqualTo("PAID");
        TestMailServer.awaitMailTo("karen.jensen@example.dk", 1);

        login("leverandoer");
        providerOrders.accept(orderId, LocalTime.of(12, 30));
        assertThat(fixture.orderStatus(orderId)).isEqualTo("CONFIRMED");

        // The same event again (Stripe retries), then an expiry arriving late: nothing changes.
        assertThat(post(completed, StripeStandIn.signature(completed))).isEqualTo(200);
        String expired = StripeStandIn.sessionExpired("evt_http_expired_" + orderId, orderId);
        assertThat(post(expired, StripeStandIn.signature(expired))).isEqualTo(200);
        assertThat(fixture.orderStatus(orderId)).isEqualTo("CONFIRMED");
        assertThat(paymentStatus(orderId)).isEqualTo("PAID");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stripe_event WHERE id = ?", Integer.class, "evt_http_paid_" + orderId)).isEqualTo(1);
        Thread.sleep(500);
        assertThat(TestMailServer.mailTo("karen.jensen@example.dk").stream().map(TestMailServer::subject)
                .filter(s -> s.startsWith("Kvittering") && s.contains("ordre " + orderId + ")"))).hasSize(1);
        assertThat(StripeStandIn.get().requests("/v1/refunds")).isEmpty();
    }

    @Test
    void aForgedSignatureIsRefusedWith400AndLogged(CapturedOutput output) throws Exception {
        long orderId = placeCardOrder();
        String completed = StripeStandIn.sessionCompleted("evt_forged_" + orderId, orderId, 39_500);

        assertThat(post(completed, StripeStandIn.signature(completed, Instant.now(), "whsec_someone_else"))).isEqualTo(400);
        assertThat(post(completed, null)).isEqualTo(400);
        // A valid signature over a different body (the amount changed on the way) is refused too.
        String tampered = completed.replace("39500", "100");
        assertThat(post(tampered, StripeStandIn.signature(completed))).isEqualTo(400);

        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PAYMENT");
        assertThat(paymentStatus(orderId)).isEqualTo("AWAITING");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stripe_event WHERE id = ?", Integer.class, "evt_forged_" + orderId)).isZero();
        assertThat(output.getOut()).contains("Refused a Stripe webhook with a bad signature");
    }

    @Test
    void aStaleSignatureIsRefusedWith400() throws Exception {
        long orderId = placeCardOrder();
        String completed = StripeStandIn.sessionCompleted("evt_stale_" + orderId, orderId, 39_500);

        String tenMinutesOld = StripeStandIn.signature(completed, Instant.now().minusSeconds(600), StripeStandIn.WEBHOOK_SECRET);
        assertThat(post(completed, tenMinutesOld)).isEqualTo(400);
        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void aPaymentThatArrivesAfterTheSessionExpiredIsRefundedNotLost() throws Exception {
        long orderId = placeCardOrder();
        String expired = StripeStandIn.sessionExpired("evt_exp_first_" + orderId, orderId);
        assertThat(post(expired, StripeStandIn.signature(expired))).isEqualTo(200);
        assertThat(fixture.orderStatus(orderId)).isEqualTo("CANCELLED");

        String completed = StripeStandIn.sessionCompleted("evt_paid_late_" + orderId, orderId, 39_500);
        assertThat(post(completed, StripeStandIn.signature(completed))).isEqualTo(200);
        assertThat(fixture.orderStatus(orderId)).isEqualTo("CANCELLED");
        long deadline = System.currentTimeMillis() + 10_000;
        while (StripeStandIn.get().requests("/v1/refunds").isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(StripeStandIn.get().requests("/v1/refunds")).singleElement().satisfies(r -> {
            assertThat(r.params()).containsEntry("amount", "39500").containsEntry("metadata[order_id]", Long.toString(orderId));
            assertThat(r.idempotencyKey()).isEqualTo("fritvalg-order-" + orderId + "-paid-after-cancel");
        });
    }

    private long placeCardOrder() {
        login("borger");
        long karen = fixture.citizenId("borger");
        ordering.addAddOn(karen, fixture.addOnId("favrskov-omg-fodpleje"), 1);
        long orderId = ordering.checkout(karen, new OrderingService.CheckoutRequest(OrderingFixture.freshDay(DayOfWeek.WEDNESDAY),
                TimeWindow.parse("12:00-15:00"), null, PaymentMethod.CARD));
        SecurityContextHolder.clearContext();
        return orderId;
    }

    private String paymentStatus(long orderId) {
        return jdbc.queryForObject("SELECT status FROM payment WHERE order_id = ?", String.class, orderId);
    }

    private int post(String payload, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stripe/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private void login(String username) {
        try {
            var user = authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "frit-valg-demo"));
            SecurityContextHolder.getContext().setAuthentication(user);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
