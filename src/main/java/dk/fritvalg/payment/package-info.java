/**
 * Payment of add-on orders: by card through Stripe Checkout (paid only on a signed
 * {@code checkout.session.completed} webhook, refunds through Stripe), or on the citizen's monthly
 * invoice. Tells the ordering module through {@link dk.fritvalg.payment.PaymentCompleted} and
 * {@link dk.fritvalg.payment.PaymentExpired} events.
 */
package dk.fritvalg.payment;
