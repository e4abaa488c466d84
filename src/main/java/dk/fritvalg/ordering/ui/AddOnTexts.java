package dk.fritvalg.ordering.ui;

import com.vaadin.flow.component.Component;
import dk.fritvalg.catalogue.AddOnUnit;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.ui.Formats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.stream.Collectors;

/** Shared wording of prices, days and windows on the add-on pages. */
final class AddOnTexts {

    /**
     * A heading for a citizen's data: the citizen's own wording ("Mine bestillinger") for the citizen, and one that
     * names the citizen ({@code key.for}: "Bestillinger for Karen Jensen") when a relative or anyone else looks.
     */
    static String whose(Component on, String key, dk.fritvalg.citizen.CitizenService citizens, long citizenId) {
        if (dk.fritvalg.security.CurrentUser.require().role() == dk.fritvalg.security.Role.CITIZEN) {
            return on.getTranslation(key);
        }
        return on.getTranslation(key + "-for", citizens.overview(citizenId).citizen().fullName());
    }

    private AddOnTexts() {
    }

    static String price(Component c, long ore, AddOnUnit unit) {
        return Formats.kroner(ore, ui(c)) + " " + c.getTranslation("addon-unit." + unit);
    }

    static String days(Component c, Collection<DayOfWeek> days) {
        return days.stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, ui(c)))
                .collect(Collectors.joining(", "));
    }

    static String window(TimeWindow window) {
        return window.start() + "–" + window.end();
    }

    static String dayAndDate(Component c, LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, ui(c)) + " " + Formats.date(date, ui(c));
    }

    private static java.util.Locale ui(Component c) {
        return dk.fritvalg.ui.TranslationProvider.supported(c.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? null : com.vaadin.flow.component.UI.getCurrent().getLocale()));
    }
}
