package dk.fritvalg.payment;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The calls to Stripe, through stripe-java. Keys and the API base come from configuration
 * ({@code fritvalg.stripe.*}); without a secret key card payment is off and only invoice is offered.
 * Every call carries an idempotency key derived from the order, so a retry never creates a second
 * session or refund.
 */
@Component
class StripeGateway {

    /** A checkout session as far as we need it. */
    record CheckoutSession(String id, String url) {
    }

    private final StripeClient client;
    private final Duration checkoutLifetime;
    private final Clock clock;

    StripeGateway(@Value("${fritvalg.stripe.secret-key:}") String secretKey,
                  @Value("${fritvalg.stripe.api-base:https://api.stripe.com}") String apiBase,
                  @Value("${fritvalg.stripe.connect-timeout:PT5S}") Duration connectTimeout,
                  @Value("${fritvalg.stripe.read-timeout:PT20S}") Duration readTimeout,
                  @Value("${fritvalg.stripe.max-network-retries:2}") int maxNetworkRetries,
                  @Value("${fritvalg.stripe.checkout-lifetime:PT1H}") Duration checkoutLifetime, Clock clock) {
        this.checkoutLifetime = checkoutLifetime;
        this.clock = clock;
        this.client = secretKey.isBlank() ? null : StripeClient.builder()
                .setApiKey(secretKey)
                .setApiBase(apiBase)
                .setConnectBase(apiBase)
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setReadTimeout((int) readTimeout.toMillis())
                .setMaxNetworkRetries(maxNetworkRetries)
                .build();
    }

    boolean configured() {
        return client != null;
    }

    static String checkoutKey(long orderId) {
        return "fritvalg-order-" + orderId + "-checkout";
    }

    CheckoutSession createCheckoutSession(long orderId, long amountOre, String description, String email,
                                          String successUrl, String cancelUrl) throws StripeException {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setCurrency("dkk")
                .setLocale(SessionCreateParams.Locale.DA)
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl)
                .setClientReferenceId(Long.toString(orderId))
                // Stripe ends the session then (30 minutes to 24 hours); UnpaidOrderRelease frees the order after it.
                .setExpiresAt(clock.instant().plus(checkoutLifetime).getEpochSecond())
                .putMetadata("order_id", Long.toString(orderId))
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata("order_id", Long.toString(orderId)).build())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency("dkk")
                                .setUnitAmount(amountOre)
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(description).build())
                                .build())
                        .build());
        if (email != null && !email.isBlank()) {
            params.setCustomerEmail(email);
        }
        Session session = client.v1().checkout().sessions().create(params.build(),
                RequestOptions.builder().setIdempotencyKey(checkoutKey(orderId)).build());
        return new CheckoutSession(session.getId(), session.getUrl());
    }

    String refund(String paymentIntent, long amountOre, String reference, long orderId) throws StripeException {
        Refund refund = client.v1().refunds().create(RefundCreateParams.builder()
                        .setPaymentIntent(paymentIntent)
                        .setAmount(amountOre)
                        .putMetadata("order_id", Long.toString(orderId))
                        .putMetadata("reference", reference)
                        .build(),
                RequestOptions.builder().setIdempotencyKey("fritvalg-" + reference).build());
        return refund.getId();
    }
}
