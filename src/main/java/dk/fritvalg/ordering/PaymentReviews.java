package dk.fritvalg.ordering;

import dk.fritvalg.notification.Notifications;
import dk.fritvalg.payment.PaymentHeldForReview;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.AuditTrail;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A payment that does not match its order (another amount or currency) never makes the order paid: the order is held
 * for review, the log of actions records it for the citizen, and the municipality's finance staff and administrators
 * get a mail, in the transaction that handled Stripe's event.
 */
@Component
class PaymentReviews {

    private final AddOnOrderRepository orders;
    private final AuditTrail auditTrail;
    private final UserAccountService users;
    private final Notifications notifications;
    private final Clock clock;

    PaymentReviews(AddOnOrderRepository orders, AuditTrail auditTrail, UserAccountService users, Notifications notifications,
                   Clock clock) {
        this.orders = orders;
        this.auditTrail = auditTrail;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void on(PaymentHeldForReview held) {
        orders.findById(held.orderId()).ifPresent(order -> {
            order.moveTo(OrderStatus.PAYMENT_REVIEW, clock.instant());
            String reported = amount(held.reportedOre(), held.currency());
            String expected = amount(held.expectedOre(), "dkk");
            auditTrail.appendSystem(AuditEvent.PAYMENT_HELD_FOR_REVIEW, order.getCitizenId(), order.getId(), reported, expected);
            for (String to : users.staffEmails(order.getMunicipalityId(), Role.MUNICIPAL_FINANCE, Role.MUNICIPAL_ADMIN)) {
                notifications.sendFor(order.getMunicipalityId(), to, "mail.payment-review", "order-" + order.getId() + "-payment-review-" + to,
                        order.getId(), reported, expected, order.getCitizenName());
            }
        });
    }

    /** An amount in the currency's smallest unit as people read it: 220,00 DKK. */
    private static String amount(long minorUnits, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.of("da", "DK"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(minorUnits, 2)) + " " + (currency == null ? "?" : currency.toUpperCase(Locale.ROOT));
    }
}
