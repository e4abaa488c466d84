package dk.fritvalg.citizen.ui;

import com.vaadin.flow.component.Component;
import dk.fritvalg.security.AuditLog;
import dk.fritvalg.ui.Formats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How an audit entry reads: when, who (acting as what) and what, in the user's language. */
final class AuditTexts {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private AuditTexts() {
    }

    static String when(AuditLog.Entry entry, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale).withZone(DANISH_TIME)
                .format(entry.occurredAt());
    }

    /** The actor and the capacity they acted in: "Mette Jensen, pårørende med fuldmagt". */
    static String who(Component c, AuditLog.Entry entry) {
        if (entry.actorUserId() == null) {
            return c.getTranslation("audit.actor.system");
        }
        String as = switch (entry.relation()) {
            case MUNICIPALITY_STAFF, PROVIDER_STAFF -> c.getTranslation("audit.role." + entry.actorRole());
            case null -> "";
            default -> c.getTranslation("audit.as." + entry.relation());
        };
        return as.isEmpty() ? entry.actorName() : entry.actorName() + ", " + as;
    }

    /** The event with its values; dates read as Danes write them, and coded values get their words. */
    static String what(Component c, Locale locale, AuditLog.Entry entry) {
        Object[] args = entry.details().stream().map(value -> value(c, locale, value)).toArray();
        return c.getTranslation("audit.event." + entry.event(), args);
    }

    private static String value(Component c, Locale locale, String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return Formats.date(LocalDate.parse(value), locale);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if (value.matches("[A-Z_]+")) {
            String key = "audit.value." + value;
            String text = c.getTranslation(key);
            return text.startsWith("!") || text.equals(key) ? value : text;
        }
        return value;
    }
}
