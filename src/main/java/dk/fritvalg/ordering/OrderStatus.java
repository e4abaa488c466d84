package dk.fritvalg.ordering;

/**
 * The life of an order: placed, awaiting payment (card only), awaiting the provider, confirmed with a
 * time, delivered, completed; or declined by the provider, or cancelled.
 */
public enum OrderStatus {
    PLACED, AWAITING_PAYMENT, AWAITING_PROVIDER, CONFIRMED, DELIVERED, COMPLETED, DECLINED, CANCELLED,
    /** Stripe reported a payment that does not match the order: held until staff have sorted it out. */
    PAYMENT_REVIEW;

    public boolean isOpen() {
        return this == AWAITING_PAYMENT || this == AWAITING_PROVIDER || this == CONFIRMED;
    }
}
