package dk.fritvalg.payment;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe's webhook, {@code POST /stripe/webhook}. Anonymous and outside CSRF (Stripe cannot log in),
 * so the signature is the only proof: a forged or stale one is refused with 400 and logged. Each event
 * id is handled once (a row in {@code stripe_event}, inserted in the same transaction as its effect),
 * so a resent or late event changes nothing.
 */
@RestController
class StripeWebhookController {

    static final String PATH = "/stripe/webhook";
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PaymentService payments;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String secret;

    StripeWebhookController(PaymentService payments, JdbcTemplate jdbc, TransactionTemplate transaction,
                            @Value("${fritvalg.stripe.webhook-secret:}") String secret) {
        this.payments = payments;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.secret = secret;
    }

    /**
     * Stripe's events are a few kilobytes. A body over this is refused with 413 before it is read any further (a
     * declared length over it before reading anything), so nobody can make the portal read and hold huge bodies.
     */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    @PostMapping(PATH)
    ResponseEntity<String> receive(HttpServletRequest request,
                                   @RequestHeader(value = "Stripe-Signature", required = false) String signature) throws IOException {
        if (secret.isBlank()) {
            return ResponseEntity.notFound().build();
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            log.warn("Refused a Stripe webhook of {} bytes", request.getContentLengthLong());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body("too large");
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            log.warn("Refused a Stripe webhook of more than {} bytes", MAX_BODY_BYTES);
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body("too large");
        }
        return receive(new String(body, StandardCharsets.UTF_8), signature);
    }

    ResponseEntity<String> receive(String payload, String signature) {
        if (secret.isBlank()) {
            return ResponseEntity.notFound().build();
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature == null ? "" : signature, secret);
        } catch (SignatureVerificationException | RuntimeException e) {
            log.warn("Refused a Stripe webhook with a bad signature: {}", e.getMessage());
            return ResponseEntity.badRequest().body("invalid signature");
        }
        transaction.executeWithoutResult(s -> handle(event, payload));
        return ResponseEntity.ok("ok");
    }

    private void handle(Event event, String payload) {
        int inserted = jdbc.update("INSERT IGNORE INTO stripe_event (id, type, received_at) VALUES (?, ?, ?)",
                event.getId(), event.getType(), java.sql.Timestamp.from(Instant.now()));
        if (inserted == 0) {
            log.info("Stripe event {} already handled", event.getId());
            return;
        }
        // Read the object from the raw JSON: it does not depend on the API version stripe-java was built for.
        JsonNode object = JSON.readTree(payload).path("data").path("object");
        Long orderId = orderId(object);
        if (orderId == null) {
            log.info("Stripe event {} ({}) is not about an order", event.getId(), event.getType());
            return;
        }
        switch (event.getType()) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> {
                if ("paid".equals(string(object, "payment_status"))) {
                    payments.completed(orderId, string(object, "payment_intent"), number(object, "amount_total"),
                            string(object, "currency"));
                }
            }
            case "checkout.session.expired" -> payments.expired(orderId);
            default -> log.info("Stripe event {} of type {} ignored", event.getId(), event.getType());
        }
    }

    private static Long orderId(JsonNode object) {
        JsonNode value = object.path("metadata").path("order_id");
        if (!value.isValueNode()) {
            return null;
        }
        try {
            return Long.parseLong(value.asString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String string(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    private static long number(JsonNode object, String field) {
        return object.path(field).asLong(0);
    }
}
