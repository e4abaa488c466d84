package dk.fritvalg.survey.ui;

import com.vaadin.flow.component.Component;
import dk.fritvalg.survey.Instrument;
import dk.fritvalg.survey.OutcomeMeasures.Measurement;
import dk.fritvalg.survey.OutcomeScore;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/** How a measurement reads: its score and what it means, in the user's language. */
final class OutcomeTexts {

    private final Component component;

    OutcomeTexts(Component component) {
        this.component = component;
    }

    String score(OutcomeScore score) {
        if (!score.scored()) {
            return component.getTranslation("outcome.trend.not-scored", score.missing());
        }
        return component.getTranslation(score.instrument() == Instrument.WHO5 ? "outcome.trend.who5.score" : "outcome.trend.whodas.score",
                number(score.raw()), number(score.percent()));
    }

    String meaning(Measurement m) {
        OutcomeScore score = m.score();
        List<String> parts = new ArrayList<>();
        if (!score.scored()) {
            return "";
        }
        if (score.instrument() == Instrument.WHO5) {
            parts.add(component.getTranslation(score.flagged() ? "outcome.trend.flag" : score.poorWellBeing() ? "outcome.trend.poor"
                    : "outcome.trend.good"));
        } else {
            parts.add(component.getTranslation("outcome.band." + score.band()));
            if (score.missing() == 1) {
                parts.add(component.getTranslation("outcome.trend.imputed"));
            }
        }
        if (m.significantChange()) {
            parts.add(component.getTranslation("outcome.trend.significant"));
        }
        return String.join(". ", parts);
    }

    String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.of("da", "DK") : com.vaadin.flow.component.UI.getCurrent().getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
