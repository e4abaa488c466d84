package dk.fritvalg.ordering;

import dk.fritvalg.support.TestMailServer;
import dk.fritvalg.support.StripeStandIn;
import dk.fritvalg.support.TestClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shared set-up for ordering tests: ids of demo people and catalogue entries, and a fresh future week
 * for each test so tests never share a capacity slot.
 */
public final class OrderingFixture {

    /** Weeks ahead already used by a test in this JVM (each test gets its own week). */
    private static final AtomicInteger WEEKS = new AtomicInteger(3);

    private final JdbcTemplate jdbc;

    public OrderingFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Mail, Stripe stand-in and clock back to normal; carts emptied. */
    public void reset() {
        TestMailServer.get();
        TestMailServer.clear();
        StripeStandIn.get().reset();
        TestClock.reset();
        jdbc.update("DELETE FROM cart_item");
    }

    public long citizenId(String username) {
        return jdbc.queryForObject("SELECT citizen_id FROM user_account WHERE username = ?", Long.class, username);
    }

    public long addOnId(String key) {
        return jdbc.queryForObject("SELECT id FROM add_on WHERE catalogue_key = ?", Long.class, key);
    }

    public long packageId(String key) {
        return jdbc.queryForObject("SELECT id FROM add_on_package WHERE catalogue_key = ?", Long.class, key);
    }

    public long providerId(String key) {
        return jdbc.queryForObject("SELECT id FROM provider WHERE catalogue_key = ?", Long.class, key);
    }

    public String orderStatus(long orderId) {
        return jdbc.queryForObject("SELECT status FROM addon_order WHERE id = ?", String.class, orderId);
    }

    public long latestOrderOf(long citizenId) {
        return jdbc.queryForObject("SELECT MAX(id) FROM addon_order WHERE citizen_id = ?", Long.class, citizenId);
    }

    /**
     * A day the cart offers for the add-on (the weekday given, two to seven weeks ahead) on which no
     * place of it is booked yet, so a test that chooses it in the cart sees the slot's whole capacity.
     */
    public LocalDate listedDay(String addOnKey, DayOfWeek day) {
        LocalDate first = LocalDate.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME).plusWeeks(2).with(TemporalAdjusters.nextOrSame(day));
        for (LocalDate date = first; date.isBefore(first.plusWeeks(6)); date = date.plusWeeks(1)) {
            Integer booked = jdbc.queryForObject("SELECT COALESCE(SUM(booked), 0) FROM addon_slot WHERE add_on_id = ? AND slot_date = ?",
                    Integer.class, addOnId(addOnKey), date);
            if (booked == 0) {
                return date;
            }
        }
        throw new IllegalStateException("Every " + day + " of " + addOnKey + " in the cart's weeks is booked");
    }

    /** A weekday in a week no other test in this JVM has used, at least three weeks ahead. */
    public static LocalDate freshDay(DayOfWeek day) {
        return LocalDate.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME).plusWeeks(WEEKS.getAndIncrement())
                .with(TemporalAdjusters.nextOrSame(day));
    }
}
