package dk.fritvalg.payment;

import com.stripe.exception.StripeException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Sends recorded refunds to Stripe after the cancellation has committed. A failure leaves the event
 * publication incomplete, and the outbox's retry sends it again with the same idempotency key.
 */
@Component
class RefundSender {

    static final String REFUND_EXECUTOR = "refundExecutor";

    private static final Logger log = LoggerFactory.getLogger(RefundSender.class);

    private final PaymentRefundRepository refunds;
    private final PaymentRepository payments;
    private final StripeGateway stripe;
    private final Clock clock;

    RefundSender(PaymentRefundRepository refunds, PaymentRepository payments, StripeGateway stripe, Clock clock) {
        this.refunds = refunds;
        this.payments = payments;
        this.stripe = stripe;
        this.clock = clock;
    }

    /** Spring Modulith's {@code @ApplicationModuleListener}, on the refund executor: mail trouble never delays a refund. */
    @Async(RefundSender.REFUND_EXECUTOR)
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void send(RefundRequested requested) throws StripeException {
        PaymentRefund refund = refunds.findById(requested.refundId()).orElseThrow();
        if (refund.isDone()) {
            return;
        }
        Payment payment = payments.findById(refund.getPaymentId()).orElseThrow();
        String stripeId = stripe.refund(payment.getStripePaymentIntent(), refund.getAmountOre(), refund.getReference(),
                payment.getOrderId());
        refund.done(stripeId, clock.instant());
        log.info("Refund {} sent to Stripe as {}", refund.getReference(), stripeId);
    }
}
