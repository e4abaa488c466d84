package dk.fritvalg.payment;

/** Stripe confirmed (by a signed webhook) that the card payment of an order went through. Published once per order. */
public record PaymentCompleted(long orderId, long amountOre) {
}
