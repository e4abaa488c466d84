package dk.fritvalg.payment;

import dk.fritvalg.support.StripeStandIn;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/** Delivers a signed Stripe webhook to the portal's controller in a test's own context (no HTTP). */
public final class Webhooks {

    private Webhooks() {
    }

    public static int deliver(ApplicationContext context, String payload) {
        return deliver(context, payload, StripeStandIn.signature(payload));
    }

    public static int deliver(ApplicationContext context, String payload, String signature) {
        ResponseEntity<String> response = context.getBean(StripeWebhookController.class).receive(payload, signature);
        return response.getStatusCode().value();
    }
}
