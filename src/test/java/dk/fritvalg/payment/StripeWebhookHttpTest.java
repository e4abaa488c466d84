package dk.fritvalg.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.ordering.ProviderOrders;
import dk.fritvalg.support.StripeStandIn;
import dk.fritvalg.support.TestClock;
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
    @Autowired
    UnpaidOrderRelease release;

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
        TestClock.reset();
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

    @Test
    void aCorrectlySignedPaymentOfTheWrongAmountOrCurrencyNeverPaysTheOrderItIsHeldAndStaffAlerted() throws Exception {
        long dollars = placeCardOrder();
        String oneDollar = StripeStandIn.sessionCompleted("evt_usd_" + dollars, dollars, 100, "usd");
        assertThat(post(oneDollar, StripeStandIn.signature(oneDollar))).isEqualTo(200);
        long tooLittle = placeCardOrder();
        String oneKrone = StripeStandIn.sessionCompleted("evt_1kr_" + tooLittle, tooLittle, 100);
        assertThat(post(oneKrone, StripeStandIn.signature(oneKrone))).isEqualTo(200);

        for (long orderId : new long[] {dollars, tooLittle}) {
            assertThat(paymentStatus(orderId)).isEqualTo("REVIEW");
            assertThat(fixture.orderStatus(orderId)).isEqualTo("PAYMENT_REVIEW");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE event = 'PAYMENT_HELD_FOR_REVIEW' AND details LIKE ?",
                    Integer.class, orderId + "%")).isEqualTo(1);
        }
        // The municipality's finance staff and administrator are told; the citizen gets no receipt.
        assertThat(TestMailServer.awaitMailTo("peter.friis@example.favrskov.dk", 2)).extracting(TestMailServer::body)
                .anySatisfy(body -> assertThat(body).contains("ordre " + dollars, "1,00 USD", "395,00 DKK"));
        assertThat(TestMailServer.awaitMailTo("birgitte.lund@example.favrskov.dk", 2)).hasSize(2);
        // (Receipts for other tests' orders may still be arriving from the outbox: only these two orders count.)
        assertThat(TestMailServer.mailTo("karen.jensen@example.dk").stream().map(TestMailServer::subject))
                .noneMatch(s -> s.startsWith("Kvittering") && (s.contains("(ordre " + dollars + ")") || s.contains("(ordre " + tooLittle + ")")));

        // Stripe resending the same event, or the right amount arriving afterwards, does not make it paid either.
        assertThat(post(oneDollar, StripeStandIn.signature(oneDollar))).isEqualTo(200);
        String right = StripeStandIn.sessionCompleted("evt_right_after_" + dollars, dollars, 39_500);
        assertThat(post(right, StripeStandIn.signature(right))).isEqualTo(200);
        assertThat(paymentStatus(dollars)).isEqualTo("REVIEW");
        assertThat(fixture.orderStatus(dollars)).isEqualTo("PAYMENT_REVIEW");
    }

    @Test
    void aBodyOverAMegabyteIsRefusedWith413BeforeItIsRead() throws Exception {
        byte[] huge = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> declared = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stripe/webhook"))
                .header("Content-Type", "application/json").header("Stripe-Signature", "t=1,v1=0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);

        // Without a declared length (chunked), reading stops just past the limit.
        byte[] twoMegabytes = java.util.Arrays.copyOf(huge, 2 * 1024 * 1024);
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stripe/webhook"))
                .header("Content-Type", "application/json").header("Stripe-Signature", "t=1,v1=0")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(twoMegabytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);

        long orderId = placeCardOrder();
        String completed = StripeStandIn.sessionCompleted("evt_after_huge_" + orderId, orderId, 39_500);
        assertThat(post(completed, StripeStandIn.signature(completed))).isEqualTo(200);
        assertThat(paymentStatus(orderId)).isEqualTo("PAID");
    }

    @Test
    void aCardOrderNeverPaidIsReleasedAfterTheCheckoutSessionsLifetime() throws Exception {
        long orderId = placeCardOrder();
        java.time.LocalDate day = jdbc.queryForObject("SELECT MIN(service_date) FROM addon_order_occurrence WHERE order_id = ?",
                java.time.LocalDate.class, orderId);
        long fodpleje = fixture.addOnId("favrskov-omg-fodpleje");
        int bookedBefore = booked(fodpleje, day);
        assertThat(bookedBefore).isPositive();

        // Stripe never says the session expired. Within the lifetime nothing happens.
        TestClock.setTo(java.time.ZonedDateTime.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME).plusMinutes(50));
        release.releaseUnpaid();
        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PAYMENT");

        TestClock.setTo(java.time.ZonedDateTime.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME).plusMinutes(80));
        assertThat(release.releaseUnpaid()).isPositive();
        assertThat(fixture.orderStatus(orderId)).isEqualTo("CANCELLED");
        assertThat(paymentStatus(orderId)).isEqualTo("EXPIRED");
        assertThat(booked(fodpleje, day)).isEqualTo(bookedBefore - 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE event = 'UNPAID_ORDER_RELEASED' AND details = ?",
                Integer.class, Long.toString(orderId))).isEqualTo(1);
        assertThat(release.releaseUnpaid()).as("a second run finds nothing").isZero();

        // Paid after all, late: the money goes back.
        TestClock.reset();
        String completed = StripeStandIn.sessionCompleted("evt_paid_after_release_" + orderId, orderId, 39_500);
        assertThat(post(completed, StripeStandIn.signature(completed))).isEqualTo(200);
        assertThat(fixture.orderStatus(orderId)).isEqualTo("CANCELLED");
        long deadline = System.currentTimeMillis() + 10_000;
        while (StripeStandIn.get().requests("/v1/refunds").isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(StripeStandIn.get().requests("/v1/refunds")).singleElement()
                .satisfies(r -> assertThat(r.params()).containsEntry("metadata[order_id]", Long.toString(orderId)));
    }

    private int booked(long addOnId, java.time.LocalDate day) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(booked), 0) FROM addon_slot WHERE add_on_id = ? AND slot_date = ?",
                Integer.class, addOnId, day);
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
