package dk.fritvalg.market.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dk.fritvalg.market.TenderRanking;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Texts of the tender pages: points with two decimals, prices per unit, the calculation of a criterion's points. */
final class TenderTexts {

    private TenderTexts() {
    }

    static Locale locale(Component c) {
        return c.getUI().map(UI::getLocale).orElse(Locale.of("da", "DK"));
    }

    static String points(Component c, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale(c)));
        return format.format(value);
    }

    static String price(Component c, long ore, SettlementUnit unit) {
        return Formats.kroner(ore, locale(c)) + " " + c.getTranslation("market.tender.per-unit." + unit);
    }

    static String dateTime(Component c, Instant instant) {
        return instant == null ? "" : instant.atZone(TimeConfiguration.DANISH_TIME)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm", locale(c)));
    }

    /** How a line's score came about: by formula for the price, the staff's score otherwise. */
    static String scoreCalculation(Component c, TenderRanking.Line line) {
        if (line.score() == null) {
            return c.getTranslation("market.tender.ranking.not-scored");
        }
        if (line.lowestPriceOre() != null) {
            return c.getTranslation("market.tender.ranking.price-formula", Formats.kroner(line.lowestPriceOre(), locale(c)),
                    Formats.kroner(line.priceOre(), locale(c)), points(c, line.score()));
        }
        return c.getTranslation("market.tender.ranking.scored", points(c, line.score()));
    }

    /** score × weight % = points. */
    static String pointsCalculation(Component c, TenderRanking.Line line) {
        if (line.points() == null) {
            return "–";
        }
        return c.getTranslation("market.tender.ranking.weighted", points(c, line.score()), line.weight(), points(c, line.points()));
    }
}
