package dk.fritvalg.payment;

/** A payment as the order pages show it. */
public record PaymentInfo(long orderId, PaymentMethod method, PaymentStatus status, long amountOre, long refundedOre,
                          String lastError) {
}
