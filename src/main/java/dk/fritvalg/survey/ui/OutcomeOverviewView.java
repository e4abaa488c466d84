package dk.fritvalg.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.survey.OutcomeMeasures;
import dk.fritvalg.survey.OutcomeMeasures.Aggregate;
import dk.fritvalg.survey.OutcomeMeasures.Gap;
import dk.fritvalg.survey.ScaleSummary;
import dk.fritvalg.ui.Tables;
import java.util.List;

/** Staff: WHO-5 and WHODAS-12 per provider and model with n (withheld below the minimum group), and the courses with gaps. */
@Route("forvaltning/rehabilitering/maalinger")
@Menu(title = "menu.outcome-overview", order = 63)
@ViewPermission(Permission.VIEW_REHABILITATION_OVERVIEW)
public class OutcomeOverviewView extends Div implements HasDynamicTitle {

    public OutcomeOverviewView(OutcomeMeasures measures, MunicipalityService municipalities) {
        addClassName("page");
        OutcomeTexts texts = new OutcomeTexts(this);
        int minimum = ScaleSummary.effectiveMinimum(municipalities.byId(CurrentUser.require().municipalityId()).orElseThrow()
                .settings().minimumGroupSize());
        add(new H1(getTranslation("outcome.overview.title")), new Paragraph(getTranslation("outcome.overview.intro", minimum)));
        add(new H2(getTranslation("outcome.overview.aggregates")));
        List<Aggregate> aggregates = measures.municipalityAggregates();
        if (aggregates.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.overview.none")));
        } else {
            NativeTable table = Tables.table(getTranslation("outcome.overview.aggregates"), List.of(
                    getTranslation("outcome.overview.col.provider"), getTranslation("outcome.overview.col.model"),
                    getTranslation("outcome.trend.col.instrument"), getTranslation("outcome.trend.col.point"),
                    getTranslation("outcome.overview.col.n"), getTranslation("outcome.overview.col.mean")));
            table.setId("outcome-aggregates");
            aggregates.forEach(a -> Tables.row(table, a.providerName(), getTranslation("outcome.model." + a.model()),
                    getTranslation("outcome.instrument." + a.instrument()), getTranslation("outcome.point." + a.point()),
                    String.valueOf(a.n()), a.withheld() ? getTranslation("compare.page.too-few") : texts.number(a.meanPercent()) + " %"));
            add(table);
        }
        add(new H2(getTranslation("outcome.overview.gaps")));
        List<Gap> gaps = measures.gaps();
        if (gaps.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.overview.gaps.none")));
            return;
        }
        NativeTable table = Tables.table(getTranslation("outcome.overview.gaps"), List.of(getTranslation("outcome.overview.col.course"),
                getTranslation("outcome.overview.col.provider"), getTranslation("outcome.overview.col.missing"), ""));
        table.setId("outcome-gaps");
        for (Gap gap : gaps) {
            var row = Tables.row(table, gap.citizenName(), gap.providerName(), String.join(", ", gap.missing().stream().map(this::missing).toList()));
            Tables.cell(table, row).add(new RouterLink(getTranslation("outcome.overview.enter"), OutcomeEntryView.class,
                    new RouteParameters("courseId", String.valueOf(gap.courseId()))));
        }
        add(table);
    }

    private String missing(String key) {
        String[] parts = key.split(":");
        if ("status".equals(parts[0])) {
            return getTranslation("outcome.overview.missing.status", getTranslation("outcome.status-point." + parts[1]));
        }
        return getTranslation("outcome.instrument." + parts[0]) + " – " + getTranslation("outcome.point." + parts[1]);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcome.overview.title") + " – " + getTranslation("app.name");
    }
}
