package dk.fritvalg.support;

import dk.fritvalg.shared.TimeConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The portal's clock in tests: the real time in Danish time, unless a test moves it (deadlines,
 * reminders, deliveries). Tests that move it put it back with {@link #reset()}.
 */
public final class TestClock extends Clock {

    private static volatile Instant fixed;

    public static void setTo(ZonedDateTime time) {
        fixed = time.toInstant();
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return TimeConfiguration.DANISH_TIME;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }

    /** How far the clock has been moved from the real time. */
    public static Duration shift() {
        Instant now = fixed;
        return now == null ? Duration.ZERO : Duration.between(Instant.now(), now);
    }
}
