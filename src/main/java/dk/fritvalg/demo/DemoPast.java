package dk.fritvalg.demo;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Karen's past, dated back from today so that it never expires: a switch of practical help three months ago that Mette
 * asked for, a weekly bath with Omsorgsgruppen that started ten weeks ago (visits delivered, one cancelled in time,
 * one cancelled too late, two still to come), window cleaning delivered last month, and an order she cancelled.
 * The previous month's statement therefore has lines, and the current month shows what is coming. Written once,
 * straight into the tables as the services would have left them (the services refuse dates in the past).
 */
final class DemoPast {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoPast(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The date of the earlier switch: the first of the month three months back. */
    LocalDate switchDate() {
        return LocalDate.now(clock).minusMonths(3).withDayOfMonth(1);
    }

    /** True when Karen has no orders yet, so the past can be written (once). */
    boolean needed(long karen) {
        Integer orders = jdbc.queryForObject("SELECT COUNT(*) FROM addon_order WHERE citizen_id = ?", Integer.class, karen);
        return orders != null && orders == 0;
    }

    /** The finished request behind the switch, as the switch job leaves it. */
    long effectiveSwitchRequest(long municipalityId, long karen, long area, long fromProvider, long toProvider, long metteUser,
                                long mette) {
        LocalDate effective = switchDate();
        Instant requested = at(effective.minusDays(16), LocalTime.of(19, 12));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("""
                    INSERT INTO switch_request (municipality_id, citizen_id, service_area_id, from_provider_id, to_provider_id,
                        first_choice, status, effective_date, requested_at, requested_by_user_id, requested_by_relative_id, effected_at)
                    VALUES (?, ?, ?, ?, ?, FALSE, 'EFFECTIVE', ?, ?, ?, ?, ?)""", new String[] {"id"});
            s.setLong(1, municipalityId);
            s.setLong(2, karen);
            s.setLong(3, area);
            s.setLong(4, fromProvider);
            s.setLong(5, toProvider);
            s.setDate(6, Date.valueOf(effective));
            s.setTimestamp(7, Timestamp.from(requested));
            s.setLong(8, metteUser);
            s.setLong(9, mette);
            s.setTimestamp(10, Timestamp.from(at(effective, LocalTime.of(5, 0))));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    /** Karen's orders: delivered, cancelled, and a weekly arrangement with visits behind and ahead of today. */
    void orders(long municipalityId, long karen, long karenUser, Provider omsorgsgruppen, Provider municipal) {
        LocalDate today = LocalDate.now(clock);

        // A weekly bath on Thursdays, 12 visits from ten weeks ago: two still to come (both within two weeks).
        LocalDate firstBath = today.minusWeeks(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        long bath = order(municipalityId, karen, karenUser, omsorgsgruppen, "CONFIRMED", "WEEKLY", "07:00-10:00", 22000, 0,
                "Ekstra bad og hårvask", omsorgsgruppen.addOnId(), at(firstBath.minusDays(6), LocalTime.of(10, 41)));
        for (int week = 0; week < 12; week++) {
            LocalDate day = firstBath.plusWeeks(week);
            String status;
            long charge = 0;
            if (!day.isBefore(today)) {
                status = "SCHEDULED";
            } else if (week == 3) {
                status = "CANCELLED";
            } else if (week == 6) {
                status = "CANCELLED_LATE";
                charge = 22000;
            } else {
                status = "DELIVERED";
                charge = 22000;
            }
            visit(bath, day, LocalTime.of(7, 0), LocalTime.of(10, 0), LocalTime.of(8, 15), status, charge);
        }

        // Window cleaning last month, delivered.
        LocalDate windows = today.minusMonths(1).withDayOfMonth(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        long windowOrder = order(municipalityId, karen, karenUser, municipal, "DELIVERED", null, "08:00-12:00", 26000, 5200,
                "Vinduespudsning", municipal.addOnId(), at(windows.minusDays(9), LocalTime.of(14, 5)));
        visit(windowOrder, windows, LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(9, 0), "DELIVERED", 26000);

        // Window cleaning she ordered again and cancelled in good time.
        LocalDate cancelled = today.minusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        long cancelledOrder = order(municipalityId, karen, karenUser, municipal, "CANCELLED", null, "12:00-15:00", 26000, 5200,
                "Vinduespudsning", municipal.addOnId(), at(cancelled.minusDays(8), LocalTime.of(9, 30)));
        visit(cancelledOrder, cancelled, LocalTime.of(12, 0), LocalTime.of(15, 0), null, "CANCELLED", 0);
    }

    /** A provider and the add-on of it that the demo orders. */
    record Provider(long id, String name, long addOnId, int cancellationDeadlineHour) {
    }

    private long order(long municipalityId, long karen, long karenUser, Provider provider, String status, String recurrence,
                       String window, long priceOre, long vatOre, String name, long addOnId, Instant placed) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("""
                    INSERT INTO addon_order (citizen_id, municipality_id, provider_id, status, payment_method, recurrence, time_window,
                        price_per_occurrence_ore, vat_ore, cancellation_deadline_hour, ordered_by_user_id, ordered_by_name,
                        citizen_name, delivery_address, notify_emails, placed_at, updated_at)
                    VALUES (?, ?, ?, ?, 'INVOICE', ?, ?, ?, ?, ?, ?, 'Karen Jensen', 'Karen Jensen', 'Søndergade 14, 8370 Hadsten',
                        'karen.jensen@example.dk', ?, ?)""", new String[] {"id"});
            s.setLong(1, karen);
            s.setLong(2, municipalityId);
            s.setLong(3, provider.id());
            s.setString(4, status);
            s.setString(5, recurrence);
            s.setString(6, window);
            s.setLong(7, priceOre);
            s.setLong(8, vatOre);
            s.setInt(9, provider.cancellationDeadlineHour());
            s.setLong(10, karenUser);
            s.setTimestamp(11, Timestamp.from(placed));
            s.setTimestamp(12, Timestamp.from(placed));
            return s;
        }, key);
        long orderId = key.getKey().longValue();
        jdbc.update("""
                INSERT INTO addon_order_line (order_id, add_on_id, name, quantity, unit_price_ore, vat_rate_percent)
                VALUES (?, ?, ?, 1, ?, ?)""", orderId, addOnId, name, priceOre, vatOre == 0 ? 0 : 25);
        jdbc.update("""
                INSERT INTO payment (order_id, method, status, amount_ore, paid_by_user_id, created_at)
                VALUES (?, 'INVOICE', ?, 0, ?, ?)""", orderId, "CANCELLED".equals(status) ? "CANCELLED" : "INVOICED", karenUser,
                Timestamp.from(placed));
        return orderId;
    }

    private void visit(long orderId, LocalDate day, LocalTime start, LocalTime end, LocalTime confirmed, String status, long charge) {
        Instant done = at(day, LocalTime.of(11, 0));
        jdbc.update("""
                INSERT INTO addon_order_occurrence (order_id, service_date, window_start, window_end, confirmed_time, status, charge_ore,
                    reminder_sent_at, cancelled_at, delivered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                orderId, Date.valueOf(day), Time.valueOf(start), Time.valueOf(end), confirmed == null ? null : Time.valueOf(confirmed),
                status, charge,
                "DELIVERED".equals(status) ? Timestamp.from(at(day.minusDays(1), LocalTime.of(10, 0))) : null,
                status.startsWith("CANCELLED") ? Timestamp.from(at(day.minusDays("CANCELLED_LATE".equals(status) ? 0 : 4), LocalTime.of(8, 0)))
                        : null,
                "DELIVERED".equals(status) ? Timestamp.from(done) : null);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(DANISH).toInstant();
    }
}
