package dk.fritvalg.provider.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.Continuity;
import dk.fritvalg.provider.ProviderFeature;
import dk.fritvalg.provider.Satisfaction;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.TranslationProvider;
import dk.fritvalg.provider.QualityDimension;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The comparison's figures in plain words, shared by the list, the provider page and the side-by-side table. */
final class ComparisonTexts {

    /** "All in all" first: it is the question most readers look for. */
    static final List<QualityDimension> DIMENSIONS_IN_READING_ORDER = Stream.concat(Stream.of(QualityDimension.OVERALL),
            Arrays.stream(QualityDimension.values()).filter(d -> d != QualityDimension.OVERALL)).toList();

    private final Component component;

    ComparisonTexts(Component component) {
        this.component = component;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return TranslationProvider.supported(ui == null ? TranslationProvider.DANISH : ui.getLocale());
    }

    String t(String key, Object... params) {
        return component.getTranslation(key, params);
    }

    /** 4,6 in Danish, 4.6 in English. */
    String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    String satisfaction(Satisfaction satisfaction) {
        if (satisfaction == null) {
            return t("compare.no-figures");
        }
        if (satisfaction.tooFewAnswers()) {
            return t("compare.satisfaction.too-few");
        }
        return t("compare.satisfaction.value", decimal(satisfaction.average()), String.valueOf(satisfaction.answerCount()));
    }

    /** Where a satisfaction figure comes from: the survey's period, n and 95 % interval, or that it is a demo figure. */
    String source(Satisfaction satisfaction) {
        if (satisfaction == null) {
            return "";
        }
        if (satisfaction.source() == dk.fritvalg.provider.QualitySource.DEMO) {
            return t("compare.source.demo");
        }
        String period = satisfaction.periodLabel() == null ? date(satisfaction.periodStart()) + " – " + date(satisfaction.periodEnd())
                : satisfaction.periodLabel();
        if (satisfaction.tooFewAnswers() || !satisfaction.hasInterval()) {
            return t("compare.source.survey.short", period);
        }
        return t("compare.source.survey", period, String.valueOf(satisfaction.answerCount()), decimal(satisfaction.ciLow()),
                decimal(satisfaction.ciHigh()));
    }

    String continuity(Continuity continuity) {
        if (continuity == null) {
            return t("compare.no-figures");
        }
        if (continuity.tooFewCitizens()) {
            return t("compare.continuity.too-few");
        }
        return t("compare.continuity.value", decimal(continuity.averageDistinctHelpers()), month(continuity.month()));
    }

    String agreement(AgreementModel model, LocalDate validTo) {
        String name = t("compare.agreement." + model);
        return validTo == null ? name : t("compare.agreement.until", name, date(validTo));
    }

    String month(YearMonth month) {
        return month.atDay(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale()));
    }

    String date(LocalDate date) {
        return Formats.date(date, locale());
    }

    String kroner(long ore) {
        return Formats.kroner(ore, locale());
    }

    /** A language's name in the reader's language: "arabisk", "Arabic". */
    String language(String code) {
        String name = Locale.of(code).getDisplayLanguage(locale());
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    String languages(Collection<String> codes) {
        return sortedByName(codes).stream().map(this::language).collect(Collectors.joining(", "));
    }

    /** Danish first, then by the name the reader sees. */
    List<String> sortedByName(Collection<String> codes) {
        Collator collator = Collator.getInstance(locale());
        return codes.stream().sorted(Comparator.comparing((String code) -> !code.equals("da"))
                .thenComparing(this::language, collator)).toList();
    }

    String feature(ProviderFeature feature) {
        return t("compare.feature." + feature);
    }

    List<String> features(Collection<ProviderFeature> features) {
        return features.stream().sorted().map(this::feature).toList();
    }

    String yesNo(boolean value) {
        return t(value ? "common.yes" : "common.no");
    }

    /** A header cell for a column or a row, so screen readers read each value with its headers. */
    static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    static NativeTableHeaderCell header(Component content, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(content);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
