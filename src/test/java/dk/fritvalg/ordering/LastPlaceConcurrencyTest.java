package dk.fritvalg.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.citizen.CitizenDetails;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.support.IntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two citizens take the last place of a capacity-limited add-on at the same moment, on the real
 * MariaDB: one gets it, the other gets the plain "no more places" message. Repeated over several slots.
 */
@IntegrationTest
class LastPlaceConcurrencyTest {

    /** IT help from the municipal home care: one place per time window. */
    private static final String IT_HELP = "favrskov-hj-it-hjaelp";
    private static final TimeWindow MORNING = TimeWindow.parse("10:00-12:00");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderingService ordering;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    UserAccountService users;
    @Autowired
    CprHasher cprHasher;
    @Autowired
    AuthenticationConfiguration authentication;
    OrderingFixture fixture;

    @BeforeEach
    void reset() {
        fixture = new OrderingFixture(jdbc);
        fixture.reset();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoCitizensBookingTheLastPlaceOneGetsItTheOtherAClearMessage() throws Exception {
        race(false);
    }

    /**
     * The place was booked before and given back (a cancellation leaves the slot's row with nothing booked):
     * both checkouts then meet on an existing row. The loser must still get the plain message, never a
     * database deadlock with no message at all.
     */
    @Test
    void theLastPlaceOfASlotFreedByACancellationAlsoGoesToOneWithAClearMessageForTheOther() throws Exception {
        race(true);
    }

    private void race(boolean slotRowExists) throws Exception {
        long favrskov = jdbc.queryForObject("SELECT id FROM municipality WHERE code = '0710'", Long.class);
        long ole = registry.registerCitizen(favrskov, "1203401119", new CitizenDetails("Ole", "Nielsen", "Torvegade 2",
                "8370", "Hadsten", "ole.nielsen@example.dk", null, false));
        if (!users.exists("ole-test")) {
            users.createOrUpdate(new UserAccountService.NewUser("ole-test", "ole-test-password", "Ole Nielsen", Role.CITIZEN,
                    "ole.nielsen@example.dk", favrskov, null, ole, null, cprHasher.hash("1203401119")));
        }
        long karen = fixture.citizenId("borger");
        Authentication karenLogin = login("borger", "frit-valg-demo");
        Authentication oleLogin = login("ole-test", "ole-test-password");
        long itHelp = fixture.addOnId(IT_HELP);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                LocalDate day = OrderingFixture.freshDay(DayOfWeek.WEDNESDAY);
                if (slotRowExists) {
                    jdbc.update("INSERT INTO addon_slot (add_on_id, slot_date, window_start, capacity, booked) VALUES (?, ?, '10:00:00', 1, 0)",
                            itHelp, day);
                }
                as(karenLogin, () -> ordering.addAddOn(karen, itHelp, 1));
                as(oleLogin, () -> ordering.addAddOn(ole, itHelp, 1));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> results = new ArrayList<>();
                for (var who : List.of(new Object[] {karenLogin, karen}, new Object[] {oleLogin, ole})) {
                    results.add(pool.submit(() -> {
                        SecurityContextHolder.getContext().setAuthentication((Authentication) who[0]);
                        try {
                            together.await(10, TimeUnit.SECONDS);
                            ordering.checkout((Long) who[1], new OrderingService.CheckoutRequest(day, MORNING, null, PaymentMethod.INVOICE));
                            return "booked";
                        } catch (BusinessException e) {
                            return e.messageKey();
                        } catch (RuntimeException e) {
                            return e.getClass().getSimpleName() + ": " + e.getMessage();
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> result : results) {
                    outcomes.add(result.get(30, TimeUnit.SECONDS));
                }
                assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder("booked", "ordering.slot-full");
                assertThat(jdbc.queryForObject("SELECT booked FROM addon_slot WHERE add_on_id = ? AND slot_date = ? AND window_start = '10:00:00'",
                        Integer.class, itHelp, day)).isEqualTo(1);
                assertThat(jdbc.queryForObject("""
                        SELECT COUNT(*) FROM addon_order_occurrence o JOIN addon_order_line l ON l.order_id = o.order_id
                        WHERE l.add_on_id = ? AND o.service_date = ?""", Integer.class, itHelp, day)).isEqualTo(1);
                jdbc.update("DELETE FROM cart_item");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Authentication login(String username, String password) throws Exception {
        return authentication.getAuthenticationManager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static void as(Authentication user, Runnable action) {
        SecurityContextHolder.getContext().setAuthentication(user);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
