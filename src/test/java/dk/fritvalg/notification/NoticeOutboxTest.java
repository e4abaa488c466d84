package dk.fritvalg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.support.DigitalPostStandIn;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox across channels: each notice is stored with the business change and delivered after commit by its
 * channel (e-mail to GreenMail, Digital Post to the local gateway stand-in, letters into the print queue); a channel
 * that fails is retried; nothing is lost and nothing is delivered twice; relatives with a power of attorney get a copy.
 */
@IntegrationTest
class NoticeOutboxTest {

    static final String FAVRSKOV = "0710";

    @Autowired
    Notifications notifications;
    @Autowired
    NoticeDispatcher dispatcher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    CitizenRegistry registry;

    @BeforeEach
    void startMail() {
        TestMailServer.get();
        TestMailServer.clear();
    }

    @AfterEach
    void channelsUp() {
        DigitalPostStandIn.get().setDown(false);
        if (!TestMailServer.get().isRunning()) {
            TestMailServer.get().start();
        }
    }

    @Test
    void aQueuedMailIsSentInDanishAfterCommit() {
        tx.executeWithoutResult(s -> notifications.send("karen@example.dk", "test", "test-1", "Karen"));

        List<MimeMessage> mails = TestMailServer.awaitMailTo("karen@example.dk", 1);
        assertThat(TestMailServer.subject(mails.getFirst())).isEqualTo("Test af mail til Karen");
        assertThat(TestMailServer.body(mails.getFirst())).startsWith("Hej Karen").contains("Venlig hilsen");
    }

    @Test
    void aRolledBackChangeSendsNothingByAnyChannel() throws Exception {
        String cpr = CitizenFixture.newCpr();
        long citizen = fixture.citizen(FAVRSKOV, "8370", null, cpr);
        tx.executeWithoutResult(s -> {
            notifications.send("rollback@example.dk", "test", "test-2", "Rollback");
            notifications.toCitizen(citizen, "test", "test-2b", "Rollback");
            s.setRollbackOnly();
        });
        Thread.sleep(500);
        assertThat(TestMailServer.mailTo("rollback@example.dk")).isEmpty();
        assertThat(DigitalPostStandIn.get().to(cpr)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE reference LIKE 'test-2%'", Integer.class)).isZero();
    }

    @Test
    void aCitizenWithEmailGetsMailAndHerRelativeWithAPowerGetsACopyByHerOwnChannel() {
        long karen = fixture.citizen(FAVRSKOV, "8370", "copy-karen@example.dk");
        String metteCpr = CitizenFixture.newCpr();
        long mette = fixture.relative(metteCpr, "Mette", "Kopi", null);
        fixture.powerOfAttorney(mette, karen, PowerOfAttorneyScope.VIEW);

        tx.executeWithoutResult(s -> notifications.toCitizen(karen, "test", "test-copy", "Karen"));

        assertThat(TestMailServer.awaitMailTo("copy-karen@example.dk", 1)).hasSize(1);
        // Mette has no e-mail: her copy goes by Digital Post, the default
        DigitalPostStandIn.Message copy = DigitalPostStandIn.get().await(metteCpr, 1).getFirst();
        assertThat(copy.subject()).isEqualTo("Test af mail til Karen");
        assertThat(copy.recipientName()).isEqualTo("Mette Kopi");
        awaitStatus("test-copy", "CITIZEN", karen, "SENT");
        awaitStatus("test-copy", "RELATIVE", mette, "SENT");
    }

    @Test
    void aCitizenWithoutEmailGetsDigitalPostInMeMoFormatAddressedByHerCpr() {
        String cpr = CitizenFixture.newCpr();
        long citizen = fixture.citizen(FAVRSKOV, "8370", null, cpr);

        tx.executeWithoutResult(s -> notifications.toCitizen(citizen, "test", "test-dp", "Ingrid"));

        DigitalPostStandIn.Message message = DigitalPostStandIn.get().await(cpr, 1).getFirst();
        assertThat(message.subject()).isEqualTo("Test af mail til Ingrid");
        assertThat(message.body()).startsWith("Hej Ingrid").contains("Mine beskeder");
        assertThat(message.senderCvr()).isEqualTo("29189854");
        assertThat(message.recipientCpr()).isEqualTo(cpr);
        assertThat(message.xml()).doesNotContain("****");
        String uuid = jdbc.queryForObject("SELECT message_uuid FROM notice WHERE reference = 'test-dp'", String.class);
        assertThat(message.uuid()).isEqualTo(uuid);
        // the CPR number is never in the outbox's own table
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?", Integer.class,
                "%" + cpr + "%")).isZero();
    }

    @Test
    void aCitizenTheCareSystemKnowsAsExemptGetsALetterInThePrintQueue() {
        long citizen = fixture.citizen(FAVRSKOV, "8370", "exempt@example.dk");
        registry.registerCareSystemChannel(citizen, Channel.LETTER);

        tx.executeWithoutResult(s -> notifications.toCitizen(citizen, "test", "test-letter", "Poul"));

        awaitStatus("test-letter", "CITIZEN", citizen, "AWAITING_PRINT");
        Map<String, Object> letter = jdbc.queryForMap("SELECT channel, address, postcode, city FROM notice WHERE reference = 'test-letter'");
        assertThat(letter).containsEntry("channel", "LETTER").containsEntry("address", "Testvej 1").containsEntry("postcode", "8370");
        assertThat(TestMailServer.mailTo("exempt@example.dk")).isEmpty();
    }

    @Test
    void aMailServerThatIsDownDelaysMailButLosesNoneAndSendsNoneTwice() throws Exception {
        TestMailServer.get().stop();
        try {
            tx.executeWithoutResult(s -> notifications.send("down@example.dk", "test", "test-3", "Down"));
            awaitFailedAttempt("test-3");
        } finally {
            TestMailServer.get().start();
        }
        long id = noticeId("test-3");
        // a retry and a late delivery racing: one mail
        CompletableFuture<Void> racing = CompletableFuture.runAsync(() -> quietly(() -> dispatcher.deliver(id)));
        dispatcher.retry();
        racing.join();
        dispatcher.deliver(id);

        assertThat(TestMailServer.awaitMailTo("down@example.dk", 1)).hasSize(1);
        Thread.sleep(300);
        assertThat(TestMailServer.mailTo("down@example.dk")).hasSize(1);
        awaitStatus("test-3", "ADDRESS", null, "SENT");
    }

    @Test
    void aDigitalPostGatewayThatIsDownDelaysPostButLosesNoneAndSendsNoneTwice() throws Exception {
        String cpr = CitizenFixture.newCpr();
        long citizen = fixture.citizen(FAVRSKOV, "8370", null, cpr);
        DigitalPostStandIn.get().setDown(true);
        tx.executeWithoutResult(s -> notifications.toCitizen(citizen, "test", "test-dp-down", "Down"));
        awaitFailedAttempt("test-dp-down");
        DigitalPostStandIn.get().setDown(false);

        dispatcher.retry();
        dispatcher.retry();
        dispatcher.deliver(noticeId("test-dp-down"));

        assertThat(DigitalPostStandIn.get().await(cpr, 1)).hasSize(1);
        Thread.sleep(300);
        assertThat(DigitalPostStandIn.get().to(cpr)).hasSize(1);
        awaitStatus("test-dp-down", "CITIZEN", citizen, "SENT");
    }

    @Test
    void aLetterDeliveredAgainJoinsThePrintQueueOnce() {
        long citizen = fixture.citizen(FAVRSKOV, "8370", null);
        registry.registerCareSystemChannel(citizen, Channel.LETTER);
        tx.executeWithoutResult(s -> notifications.toCitizen(citizen, "test", "test-letter-twice", "Twice"));
        awaitStatus("test-letter-twice", "CITIZEN", citizen, "AWAITING_PRINT");

        dispatcher.deliver(noticeId("test-letter-twice"));
        dispatcher.retry();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE reference = 'test-letter-twice'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM notice WHERE reference = 'test-letter-twice'", String.class))
                .isEqualTo("AWAITING_PRINT");
    }

    private long noticeId(String reference) {
        return jdbc.queryForObject("SELECT id FROM notice WHERE reference = ?", Long.class, reference);
    }

    private void awaitFailedAttempt(String reference) {
        await(() -> {
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notice n WHERE n.reference = ? AND n.attempts > 0 AND n.status = 'QUEUED' "
                    + "AND EXISTS (SELECT 1 FROM event_publication p WHERE p.completion_date IS NULL AND p.status = 'FAILED' "
                    + "AND p.serialized_event LIKE CONCAT('%', n.id, '%'))", Integer.class, reference);
            return n != null && n > 0;
        }, "a failed, retryable delivery of " + reference);
    }

    private void awaitStatus(String reference, String kind, Long personId, String status) {
        await(() -> {
            List<String> found = jdbc.queryForList("SELECT status FROM notice WHERE reference = ? AND person_kind = ? AND "
                    + (personId == null ? "person_id IS NULL" : "person_id = " + personId), String.class, reference, kind);
            return found.size() == 1 && found.getFirst().equals(status);
        }, reference + " " + kind + " " + status);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("Timed out waiting for " + what);
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // the other delivery may have the row; this one then finds it sent
        }
    }
}
