package dk.fritvalg.payment;

import dk.fritvalg.shared.BusinessException;

/** Stripe could not be reached or answered with an error; the order waits for payment and can be tried again. */
public class PaymentUnavailableException extends BusinessException {
    public PaymentUnavailableException() {
        super("payment.unavailable");
    }
}
