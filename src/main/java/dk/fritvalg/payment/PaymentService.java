package dk.fritvalg.payment;

import com.stripe.exception.StripeException;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments of add-on orders. The ordering module records the payment inside its own transaction
 * (an order and its payment are stored together or not at all) and asks for the Stripe session after
 * commit, so a slow or unreachable Stripe never loses an order: it stays awaiting payment.
 * Access checks belong to the caller (the ordering module owns the order and its tenant).
 */
@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentRepository payments;
    private final PaymentRefundRepository refunds;
    private final StripeGateway stripe;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String webhookSecret;
    private final String publicUrl;

    PaymentService(PaymentRepository payments, PaymentRefundRepository refunds, StripeGateway stripe,
                   ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
                   @Value("${fritvalg.stripe.webhook-secret:}") String webhookSecret,
                   @Value("${fritvalg.public-url:http://localhost:8080}") String publicUrl) {
        this.payments = payments;
        this.refunds = refunds;
        this.stripe = stripe;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.webhookSecret = webhookSecret;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Card payment needs both the secret key and the webhook secret: without the webhook no order could become paid. */
    public boolean cardPaymentAvailable() {
        return stripe.configured() && !webhookSecret.isBlank();
    }

    /** Records how the order will be paid; in the order's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long orderId, PaymentMethod method, long amountOre, long userId) {
        if (method == PaymentMethod.CARD && !cardPaymentAvailable()) {
            throw new IllegalStateException("Card payment is not configured");
        }
        payments.save(new Payment(orderId, method, amountOre, userId, clock.instant()));
    }

    /**
     * The Stripe Checkout page to send the citizen to. Asks Stripe for a session the first time (and
     * again after a failure, with the same idempotency key, so at most one session exists per order).
     * Must not run inside a transaction: Stripe may be slow. Stripe sends the citizen back to
     * {@code returnPath} under the portal's public URL.
     *
     * @throws PaymentUnavailableException when Stripe cannot be reached; the order keeps waiting for payment
     */
    @Transactional(propagation = Propagation.NEVER)
    public String checkoutUrl(long orderId, String description, String email, String returnPath) {
        Payment payment = payments.findByOrderId(orderId).orElseThrow();
        if (payment.getMethod() != PaymentMethod.CARD || payment.getStatus() != PaymentStatus.AWAITING) {
            throw new IllegalStateException("Order " + orderId + " is not awaiting a card payment");
        }
        if (payment.getStripeSessionUrl() != null) {
            return payment.getStripeSessionUrl();
        }
        try {
            String returnUrl = publicUrl + (returnPath.startsWith("/") ? returnPath.substring(1) : returnPath);
            String separator = returnUrl.contains("?") ? "&" : "?";
            StripeGateway.CheckoutSession session = stripe.createCheckoutSession(orderId, payment.getAmountOre(),
                    description, email, returnUrl + separator + "betaling=ok&ordre=" + orderId,
                    returnUrl + separator + "betaling=afbrudt&ordre=" + orderId);
            transaction.executeWithoutResult(s -> payments.findByOrderId(orderId).orElseThrow()
                    .sessionCreated(session.id(), session.url()));
            return session.url();
        } catch (StripeException | RuntimeException e) {
            log.warn("Stripe checkout for order {} failed: {}", orderId, e.getMessage());
            transaction.executeWithoutResult(s -> payments.findByOrderId(orderId).orElseThrow().failed(e.getMessage()));
            throw new PaymentUnavailableException();
        }
    }

    public Optional<PaymentInfo> payment(long orderId) {
        return payments.findByOrderId(orderId).map(Payment::info);
    }

    /** The payments of several orders at once, by order id. */
    public Map<Long, PaymentInfo> payments(Collection<Long> orderIds) {
        return orderIds.isEmpty() ? Map.of() : payments.findByOrderIdIn(orderIds).stream()
                .collect(Collectors.toMap(Payment::getOrderId, Payment::info));
    }

    /**
     * Refunds part or all of a card payment, in the caller's transaction; Stripe is called after commit
     * (and retried until it answers). The reference makes a repeated request a no-op. Invoice payments
     * need nothing: the statement only lists what is charged. Returns the amount that will be refunded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long refund(long orderId, long amountOre, String reference) {
        Payment payment = payments.lockByOrderId(orderId).orElseThrow();
        return switch (payment.getStatus()) {
            case AWAITING -> {
                payment.setStatus(PaymentStatus.CANCELLED);
                yield 0;
            }
            case PAID -> requestRefund(payment, amountOre, reference);
            default -> 0;
        };
    }

    private long requestRefund(Payment payment, long amountOre, String reference) {
        if (refunds.findByReference(reference).isPresent()) {
            return 0;
        }
        long amount = Math.min(amountOre, payment.getAmountOre() - payment.getRefundedOre());
        if (amount <= 0) {
            return 0;
        }
        payment.refunded(amount);
        PaymentRefund refund = refunds.save(new PaymentRefund(payment.getId(), reference, amount, clock.instant()));
        events.publishEvent(new RefundRequested(refund.getId()));
        log.info("Refund {} of {} øre for order {} requested", reference, amount, payment.getOrderId());
        return amount;
    }

    /** A signed checkout.session.completed arrived. Only the first one for an order counts. */
    @Transactional(propagation = Propagation.MANDATORY)
    void completed(long orderId, String paymentIntent, long amountTotal, String currency) {
        Payment payment = payments.lockByOrderId(orderId).orElse(null);
        if (payment == null || payment.getMethod() != PaymentMethod.CARD) {
            log.warn("Stripe reported a payment for unknown order {}", orderId);
            return;
        }
        if (amountTotal != payment.getAmountOre() || !"dkk".equalsIgnoreCase(currency)) {
            log.error("Stripe reported {} {} for order {}, expected {} DKK: held for review", amountTotal, currency, orderId,
                    payment.getAmountOre());
            if (payment.getStatus() == PaymentStatus.AWAITING || payment.getStatus() == PaymentStatus.CANCELLED
                    || payment.getStatus() == PaymentStatus.EXPIRED) {
                payment.heldForReview(paymentIntent, "Stripe reported " + amountTotal + " " + currency + ", expected "
                        + payment.getAmountOre() + " dkk");
                events.publishEvent(new PaymentHeldForReview(orderId, amountTotal, currency, payment.getAmountOre()));
            }
            return;
        }
        switch (payment.getStatus()) {
            case AWAITING -> {
                payment.paid(paymentIntent, clock.instant());
                events.publishEvent(new PaymentCompleted(orderId, amountTotal));
            }
            case CANCELLED, EXPIRED -> {
                // Paid after the order was given up: it will not be delivered, so the money goes back.
                payment.paid(paymentIntent, clock.instant());
                requestRefund(payment, payment.getAmountOre(), "order-" + orderId + "-paid-after-cancel");
            }
            default -> log.info("Payment of order {} already {}; event ignored", orderId, payment.getStatus());
        }
    }

    /** A signed checkout.session.expired arrived: the citizen never paid. */
    @Transactional(propagation = Propagation.MANDATORY)
    void expired(long orderId) {
        payments.lockByOrderId(orderId).filter(p -> p.getStatus() == PaymentStatus.AWAITING).ifPresent(p -> {
            p.setStatus(PaymentStatus.EXPIRED);
            events.publishEvent(new PaymentExpired(orderId));
        });
    }
}
