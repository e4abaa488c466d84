package dk.fritvalg.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.KaribuTest;
import dk.fritvalg.support.TestClock;
import dk.fritvalg.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reminder the day before (once, however often the job runs) and completion after delivery. */
class OrderJobsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderingService ordering;
    @Autowired
    ProviderOrders providerOrders;
    @Autowired
    OrderJobs jobs;
    OrderingFixture fixture;

    @BeforeEach
    void reset() {
        fixture = new OrderingFixture(jdbc);
        fixture.reset();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aConfirmedVisitGetsOneReminderTheDayBeforeEvenWhenTheJobRunsTwice() {
        LocalDate day = OrderingFixture.freshDay(DayOfWeek.TUESDAY);
        long orderId = confirmedOrder(day);

        TestClock.setTo(day.minusDays(1).atTime(10, 0).atZone(TimeConfiguration.DANISH_TIME));
        assertThat(jobs.sendReminders()).isEqualTo(1);
        assertThat(jobs.sendReminders()).isZero();

        List<MimeMessage> mails = TestMailServer.awaitMailTo("karen.jensen@example.dk", 3);
        assertThat(mails.stream().map(TestMailServer::subject).filter(s -> s.startsWith("Husk")))
                .containsExactly("Husk: 1 × Ekstra bad og hårvask i morgen kl. 08:15");
        assertThat(jdbc.queryForObject("SELECT reminder_sent_at IS NOT NULL FROM addon_order_occurrence WHERE order_id = ?",
                Boolean.class, orderId)).isTrue();
    }

    @Test
    void aDeliveredOrderIsCompletedWhenTheComplaintPeriodHasPassed() {
        LocalDate day = OrderingFixture.freshDay(DayOfWeek.WEDNESDAY);
        long orderId = confirmedOrder(day);
        TestClock.setTo(day.atTime(12, 0).atZone(TimeConfiguration.DANISH_TIME));
        loginDemo("leverandoer");
        long visit = jdbc.queryForObject("SELECT id FROM addon_order_occurrence WHERE order_id = ?", Long.class, orderId);
        providerOrders.markDelivered(visit);
        assertThat(fixture.orderStatus(orderId)).isEqualTo("DELIVERED");

        jobs.completeDelivered();
        assertThat(fixture.orderStatus(orderId)).isEqualTo("DELIVERED");
        TestClock.setTo(day.plusDays(4).atTime(12, 0).atZone(TimeConfiguration.DANISH_TIME));
        jobs.completeDelivered();
        assertThat(fixture.orderStatus(orderId)).isEqualTo("COMPLETED");
    }

    private long confirmedOrder(LocalDate day) {
        loginDemo("borger");
        long karen = fixture.citizenId("borger");
        ordering.addAddOn(karen, fixture.addOnId("favrskov-omg-ekstra-bad"), 1);
        long orderId = ordering.checkout(karen, new OrderingService.CheckoutRequest(day, TimeWindow.parse("07:00-10:00"), null,
                PaymentMethod.INVOICE));
        loginDemo("leverandoer");
        providerOrders.accept(orderId, LocalTime.of(8, 15));
        return orderId;
    }
}
