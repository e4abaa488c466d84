package dk.fritvalg.ordering;

import dk.fritvalg.catalogue.Recurrence;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.shared.TimeConfiguration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a cart can be delivered, and the terms shown before ordering. A visit is possible on a weekday
 * every add-on in the cart comes on, in a time window they all have, and no sooner than the longest
 * lead time after now: "at least 7 days before" means the window starts 7 × 24 hours from now or
 * later (Danish time), so a window that has begun by then does not count.
 *
 * @param days the possible days in the {@link #LISTED} weeks from the first, with their possible windows
 */
public record ScheduleOptions(Set<DayOfWeek> weekdays, List<TimeWindow> windows, ZonedDateTime earliestStart,
                              List<Day> days, Set<Recurrence> recurrences, int cancellationDeadlineHour,
                              boolean cardAvailable, String providerName) {

    /** How many weeks of possible days the cart lists, from the first: short enough to read through. */
    public static final Period LISTED = Period.ofWeeks(8);

    /** A day the cart can come, and the windows it can come in on that day. */
    public record Day(LocalDate date, List<TimeWindow> windows) {
    }

    static ScheduleOptions of(ZonedDateTime now, int leadDays, Set<DayOfWeek> weekdays, List<TimeWindow> windows,
                              Set<Recurrence> recurrences, int cancellationDeadlineHour, boolean cardAvailable, String providerName) {
        ZonedDateTime earliest = now.withZoneSameInstant(TimeConfiguration.DANISH_TIME).plusDays(leadDays);
        List<Day> days = new ArrayList<>();
        LocalDate last = earliest.toLocalDate().plus(LISTED);
        for (LocalDate date = earliest.toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            LocalDate day = date;
            List<TimeWindow> open = windows.stream().filter(w -> possible(earliest, weekdays, day, w)).toList();
            if (!open.isEmpty()) {
                days.add(new Day(day, open));
            }
        }
        return new ScheduleOptions(Set.copyOf(weekdays), List.copyOf(windows), earliest, List.copyOf(days),
                Set.copyOf(recurrences), cancellationDeadlineHour, cardAvailable, providerName);
    }

    private static boolean possible(ZonedDateTime earliest, Set<DayOfWeek> weekdays, LocalDate date, TimeWindow window) {
        return weekdays.contains(date.getDayOfWeek())
                && !date.atTime(window.start()).atZone(TimeConfiguration.DANISH_TIME).isBefore(earliest);
    }

    /** Whether anything in the cart can come at all. */
    public boolean bookable() {
        return !days.isEmpty();
    }

    public Optional<LocalDate> firstDay() {
        return days.stream().findFirst().map(Day::date);
    }

    /** The windows open on a date (none when the cart cannot come that day). */
    public List<TimeWindow> windowsOn(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst().map(Day::windows).orElse(List.of());
    }

    /** The rule itself, also for days beyond the list. */
    public boolean allows(LocalDate date, TimeWindow window) {
        return date != null && window != null && windows.contains(window) && possible(earliestStart, weekdays, date, window);
    }
}
