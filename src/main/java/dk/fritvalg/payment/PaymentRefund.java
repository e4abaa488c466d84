package dk.fritvalg.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A refund of a card payment. The reference is unique and is Stripe's idempotency key, so asking for the
 * same refund twice (a retried cancellation, a resent event) refunds once.
 */
@Entity
@Table(name = "payment_refund")
class PaymentRefund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long paymentId;

    @Column(nullable = false, unique = true, length = 100)
    private String reference;

    @Column(nullable = false)
    private long amountOre;

    /** PENDING until Stripe has accepted it, then DONE. */
    @Column(nullable = false, length = 20)
    private String status;

    private String stripeRefundId;

    @Column(nullable = false)
    private Instant createdAt;
    private Instant completedAt;

    protected PaymentRefund() {
    }

    PaymentRefund(long paymentId, String reference, long amountOre, Instant now) {
        this.paymentId = paymentId;
        this.reference = reference;
        this.amountOre = amountOre;
        this.status = "PENDING";
        this.createdAt = now;
    }

    void done(String stripeRefundId, Instant now) {
        this.status = "DONE";
        this.stripeRefundId = stripeRefundId;
        this.completedAt = now;
    }

    boolean isDone() {
        return "DONE".equals(status);
    }

    Long getId() {
        return id;
    }

    long getPaymentId() {
        return paymentId;
    }

    String getReference() {
        return reference;
    }

    long getAmountOre() {
        return amountOre;
    }
}
