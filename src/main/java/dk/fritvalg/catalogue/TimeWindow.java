package dk.fritvalg.catalogue;

import java.time.LocalTime;

/** A window of the day in which an add-on can be delivered, e.g. 08:00–12:00. */
public record TimeWindow(LocalTime start, LocalTime end) {

    public TimeWindow {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A time window ends after it starts");
        }
    }

    /** Parses {@code HH:MM-HH:MM}. */
    public static TimeWindow parse(String text) {
        String[] parts = text.split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected HH:MM-HH:MM");
        }
        return new TimeWindow(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
