package dk.fritvalg.payment;

/** How an order is paid: by card now (Stripe), or on the monthly add-on statement. */
public enum PaymentMethod {
    INVOICE, CARD
}
