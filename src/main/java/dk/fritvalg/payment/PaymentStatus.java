package dk.fritvalg.payment;

/** Where a payment stands. Only a signed Stripe webhook moves a card payment to {@link #PAID}. */
public enum PaymentStatus {
    /** A card payment the citizen has not completed yet. */
    AWAITING,
    PAID,
    /** Goes on the monthly statement. */
    INVOICED,
    /** The order was cancelled before it was paid. */
    CANCELLED,
    /** Stripe's checkout session ran out before the citizen paid. */
    EXPIRED
}
