package dk.fritvalg.payment;

/** A refund recorded in the database, to be sent to Stripe after commit (and again until Stripe has it). */
public record RefundRequested(long refundId) {
}
