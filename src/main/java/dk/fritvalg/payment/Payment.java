package dk.fritvalg.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one payment of an order (unique per order, so an order can never be charged twice). */
@Entity
@Table(name = "payment")
class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentStatus status;

    @Column(nullable = false)
    private long amountOre;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)")
    private String currency = "DKK";

    @Column(nullable = false)
    private long refundedOre;

    @Column(nullable = false)
    private long paidByUserId;

    private String stripeSessionId;
    @Column(length = 1000)
    private String stripeSessionUrl;
    private String stripePaymentIntent;
    @Column(length = 500)
    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;
    private Instant paidAt;

    protected Payment() {
    }

    Payment(long orderId, PaymentMethod method, long amountOre, long paidByUserId, Instant now) {
        this.orderId = orderId;
        this.method = method;
        this.amountOre = amountOre;
        this.paidByUserId = paidByUserId;
        this.status = method == PaymentMethod.INVOICE ? PaymentStatus.INVOICED : PaymentStatus.AWAITING;
        this.createdAt = now;
    }

    void sessionCreated(String sessionId, String url) {
        this.stripeSessionId = sessionId;
        this.stripeSessionUrl = url;
        this.lastError = null;
    }

    void failed(String error) {
        this.lastError = error == null ? "error" : error.substring(0, Math.min(500, error.length()));
    }

    void paid(String paymentIntent, Instant now) {
        this.status = PaymentStatus.PAID;
        this.stripePaymentIntent = paymentIntent;
        this.paidAt = now;
    }

    /** Stripe took money that does not match the order: keep what it reported, never count it as paid. */
    void heldForReview(String paymentIntent, String reason) {
        this.status = PaymentStatus.REVIEW;
        this.stripePaymentIntent = paymentIntent;
        failed(reason);
    }

    void setStatus(PaymentStatus status) {
        this.status = status;
    }

    void refunded(long ore) {
        this.refundedOre += ore;
    }

    PaymentInfo info() {
        return new PaymentInfo(orderId, method, status, amountOre, refundedOre, lastError);
    }

    Long getId() {
        return id;
    }

    long getOrderId() {
        return orderId;
    }

    PaymentMethod getMethod() {
        return method;
    }

    PaymentStatus getStatus() {
        return status;
    }

    long getAmountOre() {
        return amountOre;
    }

    long getRefundedOre() {
        return refundedOre;
    }

    String getStripeSessionUrl() {
        return stripeSessionUrl;
    }

    String getStripePaymentIntent() {
        return stripePaymentIntent;
    }
}
