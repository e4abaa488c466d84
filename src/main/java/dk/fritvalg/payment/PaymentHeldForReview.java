package dk.fritvalg.payment;

/**
 * A correctly signed payment for an order did not match it (another amount or currency): the order must not be
 * delivered as paid; staff must look at it.
 *
 * @param orderId      the order
 * @param reportedOre  the amount Stripe reported, in the smallest unit of {@code currency}
 * @param currency     the currency Stripe reported (lower case, as Stripe writes it)
 * @param expectedOre  the order's amount in øre (DKK)
 */
public record PaymentHeldForReview(long orderId, long reportedOre, String currency, long expectedOre) {
}
