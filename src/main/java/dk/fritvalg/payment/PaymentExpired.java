package dk.fritvalg.payment;

/** The citizen never completed the card payment of an order and Stripe's session expired. */
public record PaymentExpired(long orderId) {
}
