package dk.fritvalg.ordering;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places in capacity-limited slots. Booking is a conditional UPDATE on the slot's row
 * ({@code booked + n <= capacity}): the database serialises two bookings of the last place, so one
 * gets it and the other sees zero rows changed. No check-then-insert race, and no deadlock between the two.
 */
@Component
class SlotBooking {

    private final JdbcTemplate jdbc;

    SlotBooking(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean book(long addOnId, LocalDate date, LocalTime windowStart, int capacity, int places) {
        // Not INSERT IGNORE: on an existing row it takes a shared lock, two bookings then both wait to upgrade it for the
        // UPDATE and MariaDB kills one as a deadlock. ON DUPLICATE KEY UPDATE takes the exclusive lock at once, so the
        // second booking simply waits for the first.
        jdbc.update("""
                INSERT INTO addon_slot (add_on_id, slot_date, window_start, capacity, booked) VALUES (?, ?, ?, ?, 0)
                ON DUPLICATE KEY UPDATE capacity = capacity""",
                addOnId, Date.valueOf(date), Time.valueOf(windowStart), capacity);
        return jdbc.update("""
                UPDATE addon_slot SET booked = booked + ?
                WHERE add_on_id = ? AND slot_date = ? AND window_start = ? AND booked + ? <= capacity""",
                places, addOnId, Date.valueOf(date), Time.valueOf(windowStart), places) == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void release(long addOnId, LocalDate date, LocalTime windowStart, int places) {
        jdbc.update("UPDATE addon_slot SET booked = GREATEST(booked - ?, 0) WHERE add_on_id = ? AND slot_date = ? AND window_start = ?",
                places, addOnId, Date.valueOf(date), Time.valueOf(windowStart));
    }

    /** Places left in a slot (the full capacity when nobody has booked it yet). */
    int free(long addOnId, LocalDate date, LocalTime windowStart, int capacity) {
        Integer booked = jdbc.query("SELECT booked FROM addon_slot WHERE add_on_id = ? AND slot_date = ? AND window_start = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, addOnId, Date.valueOf(date), Time.valueOf(windowStart));
        return capacity - (booked == null ? 0 : booked);
    }
}
