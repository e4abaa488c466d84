package dk.fritvalg.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's date picker speaks English by default (month names, "Today", "Cancel", its error messages). This gives it
 * the portal's language: names from {@code java.time} in the user's locale, the buttons and messages from the
 * translations, Monday first and Danish dates (24.12.2026).
 */
public final class Pickers {

    private Pickers() {
    }

    public static DatePicker localised(DatePicker picker) {
        Locale locale = TranslationProvider.supported(picker.getLocale());
        picker.setLocale(locale == TranslationProvider.ENGLISH ? Locale.UK : locale);
        List<String> months = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        // Vaadin counts the week from Sunday.
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        String format = picker.getTranslation("picker.date-format");
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormats(format, "d.M.yyyy", "d/M/yyyy", "yyyy-MM-dd")
                .setToday(picker.getTranslation("picker.today"))
                .setCancel(picker.getTranslation("picker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("picker.bad-date"))
                .setRequiredErrorMessage(picker.getTranslation("picker.required-date")));
        return picker;
    }
}
