package dk.fritvalg.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.settlement.BudgetFollowUp;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Notices;
import dk.fritvalg.ui.Tables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Budget follow-up: the year's budget against spend, the run-rate forecast and activity against last year; each chart has its table. */
@Route("okonomi/budget")
@Menu(title = "menu.budget", order = 84)
@ViewPermission(Permission.VIEW_BUDGET)
public class BudgetView extends Div implements HasDynamicTitle {

    private final BudgetFollowUp budgets;
    private final Select<Integer> year = new Select<>();
    private final Div body = new Div();
    private final Div feedback = new Div();

    public BudgetView(BudgetFollowUp budgets, MunicipalityService municipalities, AccessGuard accessGuard, Clock clock) {
        this.budgets = budgets;
        addClassName("page");
        add(new H1(getTranslation("budget.title")), new Paragraph(getTranslation("budget.intro")));
        int thisYear = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME)).getYear();
        year.setLabel(getTranslation("budget.year"));
        year.setItems(thisYear + 1, thisYear, thisYear - 1, thisYear - 2);
        year.setValue(thisYear);
        year.setId("budget-year");
        year.addValueChangeListener(e -> show());
        add(year);
        long municipalityId = CurrentUser.require().municipalityId();
        if (accessGuard.allows(Permission.MANAGE_BUDGET, Target.municipality(municipalityId))) {
            Select<ServiceArea> area = new Select<>();
            area.setLabel(getTranslation("settlement.area"));
            area.setItems(municipalities.serviceAreas(municipalityId));
            area.setItemLabelGenerator(ServiceArea::getName);
            area.setId("budget-area");
            BigDecimalField amount = new BigDecimalField(getTranslation("budget.amount"));
            amount.setId("budget-amount");
            Button save = new Button(getTranslation("budget.save"), e -> {
                feedback.removeAll();
                if (area.getValue() == null || amount.getValue() == null || amount.getValue().stripTrailingZeros().scale() > 2) {
                    amount.setInvalid(true);
                    amount.setErrorMessage(getTranslation("budget.error.input"));
                    feedback.add(Notices.error(getTranslation("budget.error.input")));
                    return;
                }
                try {
                    budgets.setBudget(year.getValue(), area.getValue().getId(), amount.getValue().movePointRight(2).longValueExact());
                    amount.setInvalid(false);
                    feedback.add(Notices.success(getTranslation("budget.saved", area.getValue().getName(), year.getValue())));
                    show();
                } catch (BusinessException ex) {
                    feedback.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
                } catch (ArithmeticException ex) {
                    feedback.add(Notices.error(getTranslation("budget.error.input")));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("budget-save");
            Div form = new Div(area, amount, save);
            form.addClassName("form-row");
            feedback.getElement().setAttribute("aria-live", "polite");
            add(new H2(getTranslation("budget.enter")), form, feedback);
        }
        add(body);
        show();
    }

    private void show() {
        body.removeAll();
        BudgetFollowUp.Dashboard d = budgets.dashboard(year.getValue());
        var locale = getLocale();
        body.add(new H2(getTranslation("budget.summary", d.year())));
        DescriptionList facts = new DescriptionList();
        fact(facts, "budget.budget", EconomyTexts.kroner(d.budgetOre(), locale));
        fact(facts, "budget.spent", EconomyTexts.kroner(d.spentOre(), locale) + " " + getTranslation("budget.months-settled", d.monthsSettled()));
        fact(facts, "budget.forecast", EconomyTexts.kroner(d.forecastOre(), locale));
        fact(facts, "budget.deviation", (d.deviationOre() > 0 ? "+" : "") + EconomyTexts.kroner(d.deviationOre(), locale) + " "
                + getTranslation(d.deviationOre() > 0 ? "budget.over" : "budget.under"));
        fact(facts, "budget.spent-percent", d.spentPercent() == null ? getTranslation("budget.no-budget") : percent(d.spentPercent()));
        fact(facts, "budget.expected-percent", percent(d.expectedPercent()));
        facts.setId("budget-facts");
        body.add(facts, new Paragraph(getTranslation("budget.method") + " " + d.method()));

        NativeTable areas = Tables.table(getTranslation("budget.per-area", d.year()), List.of(getTranslation("settlement.area"),
                getTranslation("budget.budget"), getTranslation("budget.spent"), getTranslation("budget.forecast"),
                getTranslation("budget.deviation"), getTranslation("budget.spent-percent")));
        areas.setId("budget-areas");
        for (BudgetFollowUp.AreaFigures a : d.areas()) {
            Tables.row(areas, a.name(), EconomyTexts.kroner(a.budgetOre(), locale), EconomyTexts.kroner(a.spentOre(), locale),
                    EconomyTexts.kroner(a.forecastOre(), locale), EconomyTexts.kroner(a.deviationOre(), locale),
                    a.spentPercent() == null ? "–" : percent(a.spentPercent()));
        }
        body.add(areas);

        List<String> labels = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            labels.add(Month.of(m).getDisplayName(TextStyle.SHORT, locale));
        }
        String spendTitle = getTranslation("budget.chart.spend", d.year());
        NativeTable spend = Tables.table(spendTitle, List.of(getTranslation("settlement.month"), getTranslation("budget.month-spend"),
                getTranslation("budget.cumulative")));
        spend.setId("budget-months");
        List<Double> monthly = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        for (BudgetFollowUp.MonthFigures m : d.months()) {
            Tables.row(spend, EconomyTexts.month(m.month(), locale), EconomyTexts.kroner(m.spentOre(), locale), EconomyTexts.kroner(m.cumulativeOre(), locale));
            monthly.add(m.spentOre() / 100.0);
            cumulative.add(m.cumulativeOre() / 100.0);
        }
        body.add(chartWithTable(SvgChart.image(spendTitle + " (kr.)", getTranslation("budget.chart.alt", spendTitle), labels, List.of(
                new SvgChart.Series(getTranslation("budget.month-spend"), monthly, "#1f5fa8"),
                new SvgChart.Series(getTranslation("budget.cumulative"), cumulative, "#8a5a00")), "chart-spend-image"), spend, "chart-spend"));

        String hoursTitle = getTranslation("budget.chart.hours", d.year(), d.year() - 1);
        NativeTable hours = Tables.table(hoursTitle, List.of(getTranslation("settlement.month"), String.valueOf(d.year()), String.valueOf(d.year() - 1)));
        hours.setId("budget-hours");
        String coursesTitle = getTranslation("budget.chart.courses", d.year(), d.year() - 1);
        NativeTable courses = Tables.table(coursesTitle, List.of(getTranslation("settlement.month"), String.valueOf(d.year()), String.valueOf(d.year() - 1)));
        courses.setId("budget-courses");
        List<Double> hoursNow = new ArrayList<>();
        List<Double> hoursBefore = new ArrayList<>();
        List<Double> coursesNow = new ArrayList<>();
        List<Double> coursesBefore = new ArrayList<>();
        for (BudgetFollowUp.Activity a : d.activity()) {
            String month = labels.get(a.month() - 1);
            Tables.row(hours, month, EconomyTexts.number(a.grantedHoursPerDay(), locale), EconomyTexts.number(a.grantedHoursPerDayLastYear(), locale));
            Tables.row(courses, month, String.valueOf(a.citizensInCourses()), String.valueOf(a.citizensInCoursesLastYear()));
            hoursNow.add(a.grantedHoursPerDay().doubleValue());
            hoursBefore.add(a.grantedHoursPerDayLastYear().doubleValue());
            coursesNow.add((double) a.citizensInCourses());
            coursesBefore.add((double) a.citizensInCoursesLastYear());
        }
        body.add(chartWithTable(SvgChart.image(hoursTitle, getTranslation("budget.chart.alt", hoursTitle), labels, List.of(
                new SvgChart.Series(String.valueOf(d.year()), hoursNow, "#1f5fa8"),
                new SvgChart.Series(String.valueOf(d.year() - 1), hoursBefore, "#767676")), "chart-hours-image"), hours, "chart-hours"));
        body.add(chartWithTable(SvgChart.image(coursesTitle, getTranslation("budget.chart.alt", coursesTitle), labels, List.of(
                new SvgChart.Series(String.valueOf(d.year()), coursesNow, "#1f5fa8"),
                new SvgChart.Series(String.valueOf(d.year() - 1), coursesBefore, "#767676")), "chart-courses-image"), courses, "chart-courses"));
    }

    private Div chartWithTable(com.vaadin.flow.component.html.Image chart, NativeTable table, String id) {
        Div tableBox = new Div(table);
        tableBox.addClassName("table-scroll");
        Div box = new Div(chart, tableBox);
        box.addClassName("chart-with-table");
        box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)").set("align-items", "flex-start");
        box.setId(id);
        return box;
    }

    private String percent(BigDecimal value) {
        return EconomyTexts.number(value, getLocale()).replaceAll(",?0+$", "").replaceAll(",$", "") + " %";
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.title") + " – " + getTranslation("app.name");
    }
}
