package dk.fritvalg.ordering;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import dk.fritvalg.shared.jobs.JobLocks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled work on orders. The reminder claims each visit with a conditional UPDATE before queueing its
 * mail in the same transaction, so running the job twice (or on two servers) sends one reminder.
 */
@Component
public class OrderJobs {

    private static final Logger log = LoggerFactory.getLogger(OrderJobs.class);
    /** Time for the citizen to say something was wrong before a delivered order counts as completed. */
    static final Duration COMPLAINT_PERIOD = Duration.ofDays(3);

    private final OccurrenceRepository occurrences;
    private final AddOnOrderRepository orders;
    private final OrderLineRepository lines;
    private final OrderMails mails;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrderJobs(OccurrenceRepository occurrences, AddOnOrderRepository orders, OrderLineRepository lines, OrderMails mails,
              JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.occurrences = occurrences;
        this.orders = orders;
        this.lines = lines;
        this.mails = mails;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Each morning on one node of the cluster; each visit is also claimed by a conditional update. */
    @Scheduled(cron = "${fritvalg.ordering.reminder-cron:0 0 10 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "ordering.reminders", lockAtLeastFor = JobLocks.AT_LEAST)
    public void remindersJob() {
        sendReminders();
    }

    /** Mails a reminder for every confirmed visit tomorrow that has not had one. Returns how many were sent. */
    public int sendReminders() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        int sent = 0;
        for (Occurrence visit : occurrences.findByServiceDateAndStatusAndReminderSentAtIsNull(tomorrow, OccurrenceStatus.SCHEDULED)) {
            Boolean claimed = transaction.execute(s -> {
                int updated = jdbc.update("UPDATE addon_order_occurrence SET reminder_sent_at = ? WHERE id = ? AND reminder_sent_at IS NULL",
                        Timestamp.from(clock.instant()), visit.getId());
                if (updated == 1) {
                    AddOnOrder order = orders.findById(visit.getOrderId()).orElseThrow();
                    mails.reminder(order, lines.findByOrderIdOrderById(order.getId()), visit);
                }
                return updated == 1;
            });
            if (Boolean.TRUE.equals(claimed)) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Sent {} reminder(s) for {}", sent, tomorrow);
        }
        return sent;
    }

    /** Delivered orders become completed when the complaint period after the last visit has passed. */
    @Scheduled(fixedDelayString = "${fritvalg.ordering.complete-interval:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(name = "ordering.complete-delivered", lockAtLeastFor = JobLocks.AT_LEAST)
    public void completeDeliveredJob() {
        completeDelivered();
    }

    /** Returns how many orders became completed. */
    public int completeDelivered() {
        Instant cutoff = clock.instant().minus(COMPLAINT_PERIOD);
        int completed = 0;
        for (AddOnOrder order : orders.findByStatus(OrderStatus.DELIVERED)) {
            List<Occurrence> visits = occurrences.findByOrderIdOrderByServiceDate(order.getId());
            boolean done = visits.stream().filter(v -> v.getDeliveredAt() != null).allMatch(v -> v.getDeliveredAt().isBefore(cutoff));
            if (done) {
                transaction.executeWithoutResult(s -> orders.findById(order.getId())
                        .filter(o -> o.getStatus() == OrderStatus.DELIVERED)
                        .ifPresent(o -> o.moveTo(OrderStatus.COMPLETED, clock.instant())));
                completed++;
            }
        }
        return completed;
    }
}
