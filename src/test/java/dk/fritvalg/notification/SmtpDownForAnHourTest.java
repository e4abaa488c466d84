package dk.fritvalg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestClock;
import dk.fritvalg.support.TestMailServer;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fault: the mail server is down for an hour (GreenMail stopped, the clock moved a minute per retry, the outbox retried
 * every minute as in production). Mail is delayed, none is given up or lost while the server cannot be reached, and
 * each mail arrives once when it is back.
 */
@IntegrationTest
class SmtpDownForAnHourTest {

    private static final List<String> REFERENCES = List.of("hour-1", "hour-2", "hour-3");

    @Autowired
    Notifications notifications;
    @Autowired
    NoticeDispatcher dispatcher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void up() {
        TestClock.reset();
        if (!TestMailServer.get().isRunning()) {
            TestMailServer.get().start();
        }
    }

    @Test
    void mailWaitsOutAnHourWithoutTheServerAndArrivesOnce() throws Exception {
        TestMailServer.get();
        TestMailServer.clear();
        ZonedDateTime start = ZonedDateTime.now(TimeConfiguration.DANISH_TIME);
        TestClock.setTo(start);
        TestMailServer.get().stop();
        tx.executeWithoutResult(s -> REFERENCES.forEach(r -> notifications.send(r + "@example.dk", "test", r, "Nede en time")));
        awaitAttempts(1);

        // An hour of retries, one a minute (more than fritvalg.mail.max-attempts, which is 4 in the tests).
        for (int minute = 1; minute <= 60; minute++) {
            TestClock.setTo(start.plusMinutes(minute));
            dispatcher.retry();
            awaitAttempts(minute + 1);
        }
        assertThat(jdbc.queryForList("SELECT status FROM notice WHERE reference IN ('hour-1','hour-2','hour-3')", String.class))
                .as("after an hour without a mail server: still waiting, none given up").containsOnly("QUEUED").hasSize(3);
        assertThat(TestMailServer.get().getReceivedMessages()).isEmpty();

        TestMailServer.get().start();
        TestClock.setTo(start.plusMinutes(61));
        dispatcher.retry();
        for (String reference : REFERENCES) {
            assertThat(TestMailServer.awaitMailTo(reference + "@example.dk", 1)).as(reference).hasSize(1);
        }
        // Retries after delivery send nothing again.
        dispatcher.retry();
        dispatcher.retry();
        Thread.sleep(500);
        for (String reference : REFERENCES) {
            assertThat(TestMailServer.mailTo(reference + "@example.dk")).as(reference + " once").hasSize(1);
        }
        assertThat(jdbc.queryForList("SELECT status FROM notice WHERE reference IN ('hour-1','hour-2','hour-3')", String.class))
                .containsOnly("SENT").hasSize(3);
    }

    /** Every one of the three notices has failed at least this often (the retries run on the notice threads). */
    private void awaitAttempts(int attempts) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Integer behind = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE reference IN ('hour-1','hour-2','hour-3') "
                    + "AND status = 'QUEUED' AND attempts < ?", Integer.class, attempts);
            Integer failedPublications = jdbc.queryForObject("SELECT COUNT(*) FROM notice n WHERE n.reference IN ('hour-1','hour-2','hour-3') "
                    + "AND EXISTS (SELECT 1 FROM event_publication p WHERE p.completion_date IS NULL AND p.status = 'FAILED' "
                    + "AND p.serialized_event LIKE CONCAT('%', n.id, '%'))", Integer.class);
            Integer givenUp = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE reference IN ('hour-1','hour-2','hour-3') "
                    + "AND status <> 'QUEUED'", Integer.class);
            if (givenUp != null && givenUp > 0) {
                throw new AssertionError("a notice left the queue while the mail server was down (attempt " + attempts + ")");
            }
            if (behind != null && behind == 0 && failedPublications != null && failedPublications == 3) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for attempt " + attempts);
    }
}
