package dk.fritvalg.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How the outbox is doing, for operations: the age of the oldest event not yet handled (a mail not sent, a refund not
 * yet at Stripe) and the number waiting, as Micrometer gauges ({@code fritvalg.outbox.oldest.age},
 * {@code fritvalg.outbox.pending}, {@code fritvalg.notices.given-up}) and in the health details the administrator
 * sees. A slow mail server delays mail without making the portal unhealthy, so the status stays UP.
 */
@Component("outbox")
class OutboxMonitor implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final NoticeRepository notices;
    private final Clock clock;

    OutboxMonitor(JdbcTemplate jdbc, NoticeRepository notices, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
        Gauge.builder("fritvalg.outbox.oldest.age", this, m -> m.oldestAge().toMillis() / 1000.0).baseUnit("seconds")
                .description("Age of the oldest outbox event (mail, refund) not yet handled; 0 when none waits").register(meters);
        Gauge.builder("fritvalg.outbox.pending", this, OutboxMonitor::pending)
                .description("Outbox events (mails, refunds) not yet handled").register(meters);
        Gauge.builder("fritvalg.notices.given-up", this, OutboxMonitor::givenUp)
                .description("Notices given up on (bad address, too many failures), listed for the administrators").register(meters);
    }

    Instant oldestUnhandled() {
        LocalDateTime oldest = jdbc.queryForObject("SELECT MIN(publication_date) FROM event_publication WHERE completion_date IS NULL",
                LocalDateTime.class);
        return oldest == null ? null : oldest.toInstant(ZoneOffset.UTC);
    }

    Duration oldestAge() {
        Instant oldest = oldestUnhandled();
        return oldest == null || oldest.isAfter(clock.instant()) ? Duration.ZERO : Duration.between(oldest, clock.instant());
    }

    double pending() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Integer.class);
    }

    double givenUp() {
        return notices.countByStatus(NoticeStatus.GIVEN_UP);
    }

    @Override
    public Health health() {
        Instant oldest = oldestUnhandled();
        return Health.up()
                .withDetail("pending", (long) pending())
                .withDetail("oldestUnhandled", oldest == null ? "none" : oldest.toString())
                .withDetail("oldestAgeSeconds", oldestAge().toSeconds())
                .withDetail("givenUp", (long) givenUp())
                .build();
    }
}
