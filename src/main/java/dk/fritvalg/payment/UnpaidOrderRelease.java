package dk.fritvalg.payment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import dk.fritvalg.shared.jobs.JobLocks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases card orders the citizen never paid. Stripe ends a checkout session after its lifetime and says so with
 * {@code checkout.session.expired}; when that event never comes (Stripe could not be reached, the webhook failed) the
 * order would hold its places for ever. After the session's lifetime and a margin, this job gives the payment up as
 * expired, which cancels the order and frees its places exactly as the webhook would. Each payment is claimed under
 * its row lock, so two nodes (or a late webhook) never both act on it; a payment that arrives later is refunded.
 */
@Component
class UnpaidOrderRelease {

    private static final Logger log = LoggerFactory.getLogger(UnpaidOrderRelease.class);

    private final PaymentRepository payments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration releaseAfter;

    UnpaidOrderRelease(PaymentRepository payments, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
                       @Value("${fritvalg.stripe.checkout-lifetime:PT1H}") Duration checkoutLifetime,
                       @Value("${fritvalg.stripe.release-margin:PT15M}") Duration margin) {
        this.payments = payments;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.releaseAfter = checkoutLifetime.plus(margin);
    }

    /** On one node of the cluster per run; each payment is also locked and checked again before it is released. */
    @Scheduled(fixedDelayString = "${fritvalg.stripe.release-interval:PT5M}", initialDelayString = "${fritvalg.stripe.release-interval:PT5M}")
    @SchedulerLock(name = "payment.release-unpaid", lockAtLeastFor = JobLocks.AT_LEAST)
    public void releaseUnpaidJob() {
        releaseUnpaid();
    }

    /** Returns how many orders were released. */
    int releaseUnpaid() {
        int released = 0;
        List<Long> orderIds;
        do {
            orderIds = payments.awaitingSince(clock.instant().minus(releaseAfter), PageRequest.of(0, 100));
            for (long orderId : orderIds) {
                Boolean done = transaction.execute(s -> payments.lockByOrderId(orderId)
                        .filter(p -> p.getStatus() == PaymentStatus.AWAITING)
                        .map(p -> {
                            p.setStatus(PaymentStatus.EXPIRED);
                            events.publishEvent(new PaymentExpired(orderId));
                            return true;
                        }).orElse(false));
                if (Boolean.TRUE.equals(done)) {
                    released++;
                }
            }
        } while (orderIds.size() == 100);
        if (released > 0) {
            log.info("Released {} card orders left unpaid for more than {}", released, releaseAfter);
        }
        return released;
    }
}
