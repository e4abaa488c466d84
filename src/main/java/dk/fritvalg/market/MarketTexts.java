package dk.fritvalg.market;

import dk.fritvalg.ui.Formats;
import java.time.LocalDate;
import java.util.Locale;

/** Values put into Danish mails: mails are Danish whatever the sender's screen language. */
final class MarketTexts {

    private static final Locale DANISH = Locale.of("da", "DK");

    private MarketTexts() {
    }

    static String date(LocalDate date) {
        return Formats.date(date, DANISH);
    }
}
