package dk.fritvalg.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.citizen.CitizenDetails;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.payment.Webhooks;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.support.KaribuTest;
import dk.fritvalg.support.StripeStandIn;
import dk.fritvalg.support.TestClock;
import dk.fritvalg.support.TestMailServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail that cannot go out must not hold up anything else, must not be tried for ever, and must not vanish: a mail
 * server that accepts connections and never answers, addresses that are not addresses, a server that stays down.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailRobustnessTest extends KaribuTest {

    @Autowired
    Notifications notifications;
    @Autowired
    NoticeDispatcher dispatcher;
    @Autowired
    OutboxMonitor outbox;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    OrderingService ordering;
    @Autowired
    UserAccountService users;
    @Autowired
    CitizenRegistry registry;

    private OrderingFixture fixture;
    private long favrskov;

    @BeforeEach
    void reset() {
        fixture = new OrderingFixture(jdbc);
        fixture.reset();
        favrskov = jdbc.queryForObject("SELECT id FROM municipality WHERE code = '0710'", Long.class);
    }

    @AfterEach
    void restore() {
        TestClock.reset();
        if (!TestMailServer.get().isRunning()) {
            TestMailServer.get().start();
        }
    }

    @Test
    void aMailServerThatNeverAnswersDelaysNoRefundAndItsMailsTimeOut() throws Exception {
        loginDemo("borger");
        long karen = fixture.citizenId("borger");
        ordering.addAddOn(karen, fixture.addOnId("favrskov-omg-fodpleje"), 1);
        long orderId = ordering.checkout(karen, new OrderingService.CheckoutRequest(OrderingFixture.freshDay(DayOfWeek.WEDNESDAY),
                TimeWindow.parse("09:00-12:00"), null, PaymentMethod.CARD));
        assertThat(Webhooks.deliver(context, StripeStandIn.sessionCompleted("evt_blackhole_" + orderId, orderId, 39_500))).isEqualTo(200);
        TestMailServer.awaitMailTo("karen.jensen@example.dk", 1);

        List<Socket> held = new CopyOnWriteArrayList<>();
        int port = mailSender.getPort();
        try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (!blackHole.isClosed()) {
                        held.add(blackHole.accept()); // accepts, never answers
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            mailSender.setPort(blackHole.getLocalPort());
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < 10; i++) {
                    notifications.send("blackhole-" + i + "@example.dk", "test", "blackhole-" + i, "Sort hul");
                }
            });

            long cancelled = System.nanoTime();
            ordering.cancelOrder(orderId);
            while (StripeStandIn.get().requests("/v1/refunds").isEmpty() && System.nanoTime() - cancelled < 20_000_000_000L) {
                Thread.sleep(20);
            }
            long refundMillis = (System.nanoTime() - cancelled) / 1_000_000;
            assertThat(StripeStandIn.get().requests("/v1/refunds")).as("the refund reached Stripe").hasSize(1);
            assertThat(refundMillis).as("the refund waited for no mail").isLessThan(3_000);

            // The mails time out (2 s in tests) and wait in the outbox instead of holding their threads for ever.
            awaitFailed("blackhole-%", 10, 30_000);
            assertThat(held).isNotEmpty();
        } finally {
            mailSender.setPort(port);
            held.forEach(s -> {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closed already
                }
            });
        }
    }

    @Test
    void addressesThatAreNotAddressesAreNeverHandedToTheMailServerAndTheAdministratorSeesThem() {
        tx.executeWithoutResult(s -> {
            notifications.sendFor(favrskov, "not-an-email", "test", "bad-address-1", "Ingen");
            notifications.sendFor(favrskov, "a@x.dk Bcc: b@y.dk", "test", "bad-address-2", "Smugler");
        });

        assertThat(jdbc.queryForList("SELECT CONCAT(status, ' ', attempts) FROM notice WHERE reference LIKE 'bad-address-%'", String.class))
                .containsExactly("GIVEN_UP 0", "GIVEN_UP 0");

        loginDemo("admin");
        UI.getCurrent().navigate("forvaltning/mail-ikke-sendt");
        assertThat(_get(Paragraph.class, spec -> spec.withId("undelivered-count")).getText()).contains("blev ikke sendt");
        assertThat(rows()).contains("a@x.dk Bcc: b@y.dk | Test af mail til Smugler", "not-an-email | Test af mail til Ingen");

        // Another municipality's administrator sees none of Favrskov's.
        long kolding = jdbc.queryForObject("SELECT id FROM municipality WHERE code = '0621'", Long.class);
        if (!users.exists("kolding-admin-test")) {
            users.createOrUpdate(new UserAccountService.NewUser("kolding-admin-test", "kolding-admin-password", "Kolding Admin",
                    Role.MUNICIPAL_ADMIN, null, kolding, null, null, null, null));
        }
        login("kolding-admin-test", "kolding-admin-password");
        assertThat(context.getBean(UndeliveredMail.class).list(0, 50)).noneMatch(e -> e.reference().startsWith("bad-address-"));
    }

    @Test
    void addressesAreCheckedWhereLoginsAndCitizensAreRegistered() {
        long kolding = jdbc.queryForObject("SELECT id FROM municipality WHERE code = '0621'", Long.class);
        assertThatThrownBy(() -> users.createOrUpdate(new UserAccountService.NewUser("bad-mail-user", "x-password-123", "Bad Mail",
                Role.MUNICIPAL_ADMIN, "a@x.dk Bcc: b@y.dk", kolding, null, null, null, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("email.error.invalid"));
        assertThat(users.exists("bad-mail-user")).isFalse();
        assertThatThrownBy(() -> registry.registerCitizen(kolding, "0101401234", new CitizenDetails("Ib", "Bad", "Vej 1", "6000",
                "Kolding", "not-an-email", null, false))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> registry.registerRelative("0101501234", "Ib", "Bad", "a@x.dk\r\nBcc: b@y.dk", null))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void aMailTheServerKeepsRefusingIsGivenUpAfterTheLastTryWithoutAStackTracePerTry(CapturedOutput output) throws Exception {
        // A server that answers every connection with a refusal (a server that cannot be reached at all only delays
        // mail: SmtpDownForAnHourTest).
        int port = mailSender.getPort();
        try (ServerSocket refusing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (!refusing.isClosed()) {
                        try (Socket client = refusing.accept()) {
                            client.getOutputStream().write("554 5.7.1 Service refused\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                            client.getOutputStream().flush();
                        }
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            mailSender.setPort(refusing.getLocalPort());
            tx.executeWithoutResult(s -> notifications.sendFor(favrskov, "flaky@example.dk", "test", "flaky-1", "Flaky"));
            awaitFailed("flaky-1", 1, 15_000);
            for (int i = 0; i < 6 && !status("flaky-1").equals("GIVEN_UP"); i++) {
                dispatcher.retry();
                awaitSettled("flaky-1", 15_000);
            }
        } finally {
            mailSender.setPort(port);
        }

        assertThat(status("flaky-1")).isEqualTo("GIVEN_UP");
        assertThat(jdbc.queryForObject("SELECT attempts FROM notice WHERE reference = 'flaky-1'", Integer.class)).isEqualTo(4);
        dispatcher.retry();
        Thread.sleep(1_000);
        assertThat(TestMailServer.mailTo("flaky@example.dk")).as("never tried again").isEmpty();
        assertThat(output.getOut()).contains("not delivered, will retry: MessagingException", "given up: MessagingException")
                .doesNotContain("\tat org.eclipse.angus.mail");
    }

    @Test
    void theOutboxsOldestWaitingEntryIsAGaugeAndInTheHealthDetails() throws Exception {
        TestMailServer.get().stop();
        tx.executeWithoutResult(s -> notifications.send("waiting@example.dk", "test", "waiting-1", "Venter"));
        awaitFailed("waiting-1", 1, 15_000);
        TestClock.setTo(ZonedDateTime.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME).plusMinutes(10));

        assertThat(meters.get("fritvalg.outbox.oldest.age").gauge().value()).isGreaterThanOrEqualTo(600);
        assertThat(meters.get("fritvalg.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("fritvalg.notices.given-up").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(outbox.health().getDetails()).containsKeys("pending", "oldestUnhandled", "givenUp")
                .hasEntrySatisfying("oldestAgeSeconds", age -> assertThat((Long) age).isGreaterThanOrEqualTo(600));

        TestMailServer.get().start();
        TestClock.reset();
        dispatcher.retry();
        TestMailServer.awaitMailTo("waiting@example.dk", 1);
    }

    private String status(String reference) {
        return jdbc.queryForObject("SELECT status FROM notice WHERE reference = ?", String.class, reference);
    }

    /** Waits until {@code count} notices like the reference failed once or more and wait for a retry. */
    private void awaitFailed(String reference, int count, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            Integer failed = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE reference LIKE ? AND attempts > 0 AND status = 'QUEUED'",
                    Integer.class, reference);
            if (failed != null && failed >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Expected " + count + " failed notices like " + reference);
    }

    /** Waits until no delivery of the notice is under way (its outbox entry failed again or completed). */
    private void awaitSettled(String reference, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        Thread.sleep(200);
        while (System.currentTimeMillis() < deadline) {
            Integer busy = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM event_publication p JOIN notice n ON p.serialized_event LIKE CONCAT('%"noticeId":', n.id, '}%')
                    WHERE n.reference = ? AND p.completion_date IS NULL AND p.status <> 'FAILED'""", Integer.class, reference);
            if (busy != null && busy == 0) {
                return;
            }
            Thread.sleep(50);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows() {
        Grid<UndeliveredMail.Entry> grid = _get(Grid.class, spec -> spec.withId("undelivered-mail"));
        return grid.getLazyDataView().getItems().map(e -> e.recipient() + " | " + e.subject()).toList();
    }

    private static String pageText() {
        return ((com.vaadin.flow.component.Component) UI.getCurrent().getCurrentView()).getElement().getTextRecursively();
    }
}
