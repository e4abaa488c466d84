package dk.fritvalg.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and money the way Danes read them: 1. marts 2026, 1.234,50 kr. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(TranslationProvider.supported(locale)));
    }

    public static String kroner(long ore, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(TranslationProvider.supported(locale));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(ore, 2)) + " kr.";
    }
}
