package dk.fritvalg.settlement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Months, money and numbers on the economy pages, and the month picker they share. */
final class EconomyTexts {

    private EconomyTexts() {
    }

    static String month(YearMonth month, Locale locale) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    }

    /** As a choice in a list: "Marts 2027". */
    static String monthLabel(YearMonth month, Locale locale) {
        String text = month(month, locale);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    static String kroner(long ore, Locale locale) {
        return Formats.kroner(ore, locale);
    }

    static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The last 24 months up to this one, newest first, with the previous month chosen. */
    static Select<YearMonth> monthPicker(Component c, Clock clock, String id) {
        YearMonth now = YearMonth.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        Select<YearMonth> picker = new Select<>();
        picker.setLabel(c.getTranslation("settlement.month"));
        picker.setItems(months);
        picker.setItemLabelGenerator(m -> monthLabel(m, locale(c)));
        picker.setValue(now.minusMonths(1));
        picker.setId(id);
        return picker;
    }

    /** The page's locale (Component.getLocale is protected). */
    static Locale locale(Component c) {
        com.vaadin.flow.component.UI ui = c.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return ui == null ? Locale.of("da", "DK") : ui.getLocale();
    }
}
