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
    /** Stripe's checkout session ran out before the citizen paid (or the portal gave up waiting for it). */
    EXPIRED,
    /**
     * Stripe reported a payment whose amount or currency differs from the order's: never counted as paid; the order
     * is held and staff are alerted to sort it out with Stripe.
     */
    REVIEW
}
