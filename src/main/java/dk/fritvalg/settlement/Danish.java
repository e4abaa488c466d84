package dk.fritvalg.settlement;

import dk.fritvalg.provider.SettlementUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, months and units as the settlement's Danish reasons and CSV files write them. */
final class Danish {

    static final Locale DA = Locale.of("da", "DK");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DA);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);

    private Danish() {
    }

    static String month(YearMonth month) {
        return month.format(MONTH);
    }

    static String day(LocalDate day) {
        return day.format(DAY);
    }

    /** 390 → "6 t 30 min"; 45 → "45 min". */
    static String minutes(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " t" : hours + " t " + rest + " min";
    }

    /** 1234.5 → "1.234,50". */
    static String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(DA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Øre as kroner without grouping, for CSV: 123450 → "1234,50". */
    static String kronerPlain(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString().replace('.', ',');
    }

    static String kroner(long ore) {
        return decimal(BigDecimal.valueOf(ore, 2)) + " kr.";
    }

    /** A quantity without grouping for CSV: 6.50 → "6,50". */
    static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    static String unit(SettlementUnit unit) {
        return switch (unit) {
            case HOUR -> "time";
            case VISIT -> "besøg";
            case COURSE -> "forløb";
            case PACKAGE -> "pakke";
            case MONTH -> "måned";
        };
    }

    static String visits(long n) {
        return n + " besøg";
    }

    static String courses(long n) {
        return n == 1 ? "1 forløb" : n + " forløb";
    }
}
