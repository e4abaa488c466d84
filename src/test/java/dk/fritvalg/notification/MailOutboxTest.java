package dk.fritvalg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class MailOutboxTest {

    @Autowired
    Notifications notifications;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startMail() {
        TestMailServer.get();
        TestMailServer.clear();
    }

    @Test
    void aQueuedMailIsSentInDanishAfterCommit() {
        tx.executeWithoutResult(s -> notifications.send("karen@example.dk", "test", "test-1", "Karen"));

        List<MimeMessage> mails = TestMailServer.awaitMailTo("karen@example.dk", 1);
        assertThat(TestMailServer.subject(mails.getFirst())).isEqualTo("Test af mail til Karen");
        assertThat(TestMailServer.body(mails.getFirst())).startsWith("Hej Karen").contains("Venlig hilsen");
    }

    @Test
    void aRolledBackChangeSendsNoMail() throws Exception {
        tx.executeWithoutResult(s -> {
            notifications.send("rollback@example.dk", "test", "test-2", "Rollback");
            s.setRollbackOnly();
        });
        Thread.sleep(500);
        assertThat(TestMailServer.mailTo("rollback@example.dk")).isEmpty();
    }

    @Test
    void aMailServerThatIsDownDelaysMailButLosesNone() {
        TestMailServer.get().stop();
        try {
            tx.executeWithoutResult(s -> notifications.send("down@example.dk", "test", "test-3", "Down"));
            awaitIncompletePublication();
        } finally {
            TestMailServer.get().start();
        }
        dispatcher.retry();

        assertThat(TestMailServer.awaitMailTo("down@example.dk", 1)).hasSize(1);
    }

    private void awaitIncompletePublication() {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Integer failed = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE '%down@example.dk%' AND status = 'FAILED'",
                    Integer.class);
            if (failed != null && failed > 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("The mail was not kept as a failed publication");
    }
}
