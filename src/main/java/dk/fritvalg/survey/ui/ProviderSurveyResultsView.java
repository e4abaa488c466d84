package dk.fritvalg.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.survey.ScaleSummary;
import dk.fritvalg.survey.SurveyResults;
import dk.fritvalg.survey.SurveyResults.ProviderResults;
import dk.fritvalg.ui.Tables;
import java.util.List;

/** A provider's own results in the municipality's published surveys, next to the municipality's average; never another provider's. */
@Route("leverandoer/tilfredshed")
@Menu(title = "menu.provider-surveys", order = 74)
@ViewPermission(Permission.VIEW_PROVIDER_SURVEY_RESULTS)
public class ProviderSurveyResultsView extends Div implements HasDynamicTitle {

    public ProviderSurveyResultsView(SurveyResults results, dk.fritvalg.survey.AddOnRatings ratings) {
        addClassName("page");
        add(new H1(getTranslation("provider-survey.title")), new Paragraph(getTranslation("provider-survey.intro")));
        Long providerId = CurrentUser.require().providerId();
        List<ProviderResults> list = providerId == null ? List.of() : results.forProvider(providerId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("provider-survey.none")));
        }
        for (ProviderResults campaign : list) {
            add(new H2(campaign.campaign().name()), new Paragraph(getTranslation("provider-survey.campaign", campaign.campaign().name(),
                    campaign.campaign().periodLabel(), campaign.own().answered(), campaign.own().invited())));
            NativeTable table = Tables.table(campaign.campaign().name(), List.of(getTranslation("provider-survey.col.question"),
                    getTranslation("provider-survey.col.own"), getTranslation("provider-survey.col.municipality")));
            table.setId("provider-survey-" + campaign.campaign().id());
            campaign.lines().forEach(line -> Tables.row(table, line.question().text(), value(line.own()), value(line.municipality())));
            add(table, new Paragraph(getTranslation("survey.results.method", campaign.minimumGroupSize())));
        }
        if (providerId != null) {
            List<dk.fritvalg.survey.AddOnRatings.ProviderRating> own = ratings.forProvider(providerId);
            if (!own.isEmpty()) {
                add(new H2(getTranslation("rating.per-provider")));
                NativeTable table = Tables.table(getTranslation("rating.per-provider"), List.of(getTranslation("survey.col.provider"),
                        getTranslation("rating.col.n"), getTranslation("rating.col.mean")));
                table.setId("provider-ratings");
                own.forEach(r -> Tables.row(table, r.providerName(), String.valueOf(r.n()),
                        r.withheld() ? getTranslation("compare.page.too-few") : SurveyResults.decimal(r.mean(), getLocale())));
                add(table);
            }
        }
    }

    private String value(ScaleSummary summary) {
        if (summary.withheld()) {
            return getTranslation("compare.page.too-few") + " (" + summary.n() + ")";
        }
        return getTranslation("provider-survey.value", SurveyResults.decimal(summary.mean(), getLocale()),
                SurveyResults.decimal(summary.ciLow(), getLocale()), SurveyResults.decimal(summary.ciHigh(), getLocale()), summary.n());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provider-survey.title") + " – " + getTranslation("app.name");
    }
}
