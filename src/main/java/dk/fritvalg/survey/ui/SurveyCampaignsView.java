package dk.fritvalg.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.survey.Campaign;
import dk.fritvalg.survey.SurveyCampaigns;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import dk.fritvalg.ui.Pickers;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff: the municipality's satisfaction surveys and a form to create one on the national template. */
@Route("forvaltning/undersoegelser")
@Menu(title = "menu.surveys", order = 62)
@ViewPermission(Permission.MANAGE_SURVEYS)
public class SurveyCampaignsView extends Div implements HasDynamicTitle {

    private final SurveyCampaigns campaigns;
    private final TextField name = new TextField();
    private final TextField periodLabel = new TextField();
    private final DatePicker opensOn = new DatePicker();
    private final DatePicker closesOn = new DatePicker();
    private final DatePicker populationDate = new DatePicker();
    private final CheckboxGroup<ServiceArea> areas = new CheckboxGroup<>();
    private final IntegerField sample = new IntegerField();
    private final IntegerField reminderDays = new IntegerField();
    private final Select<Integer> maxReminders = new Select<>();
    private final Div feedback = new Div();

    public SurveyCampaignsView(SurveyCampaigns campaigns, MunicipalityService municipalities, dk.fritvalg.survey.AddOnRatings ratings) {
        this.campaigns = campaigns;
        addClassName("page");
        add(new H1(getTranslation("survey.campaigns.title")), new Paragraph(getTranslation("survey.campaigns.intro")));

        Grid<Campaign> grid = new Grid<>();
        grid.setId("survey-campaigns");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("survey.campaigns.list"));
        grid.addComponentColumn(c -> new RouterLink(c.name(), SurveyCampaignView.class, new RouteParameters("id", String.valueOf(c.id()))))
                .setHeader(getTranslation("survey.col.name"));
        grid.addColumn(Campaign::periodLabel).setHeader(getTranslation("survey.col.period"));
        grid.addColumn(c -> Formats.date(c.opensOn(), getLocale()) + " – " + Formats.date(c.closesOn(), getLocale()))
                .setHeader(getTranslation("survey.col.dates"));
        grid.addColumn(c -> getTranslation("survey.status." + c.status())).setHeader(getTranslation("survey.col.status"));
        List<Campaign> list = campaigns.campaigns();
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        add(new H2(getTranslation("survey.campaigns.list")), list.isEmpty() ? new Paragraph(getTranslation("survey.campaigns.none")) : grid);

        name.setLabel(getTranslation("survey.field.name"));
        name.setId("survey-name");
        name.setMaxLength(200);
        periodLabel.setLabel(getTranslation("survey.field.period-label"));
        periodLabel.setHelperText(getTranslation("survey.field.period-label.help"));
        periodLabel.setId("survey-period-label");
        opensOn.setLabel(getTranslation("survey.field.opens"));
        closesOn.setLabel(getTranslation("survey.field.closes"));
        populationDate.setLabel(getTranslation("survey.field.population-date"));
        populationDate.setHelperText(getTranslation("survey.field.population-date.help"));
        List.of(opensOn, closesOn, populationDate).forEach(Pickers::localised);
        LocalDate today = LocalDate.now();
        opensOn.setValue(today);
        closesOn.setValue(today.plusWeeks(4));
        populationDate.setValue(today);
        long municipalityId = CurrentUser.require().municipalityId();
        areas.setLabel(getTranslation("survey.field.areas"));
        areas.setId("survey-areas");
        areas.setItems(municipalities.serviceAreas(municipalityId));
        areas.setItemLabelGenerator(ServiceArea::getName);
        sample.setLabel(getTranslation("survey.field.sample"));
        sample.setHelperText(getTranslation("survey.field.sample.help"));
        sample.setMin(1);
        reminderDays.setLabel(getTranslation("survey.field.reminder-days"));
        reminderDays.setValue(7);
        reminderDays.setMin(1);
        reminderDays.setMax(60);
        maxReminders.setLabel(getTranslation("survey.field.max-reminders"));
        maxReminders.setItems(0, 1, 2);
        maxReminders.setValue(2);
        Button create = new Button(getTranslation("survey.create"), e -> create());
        create.setId("survey-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        feedback.getElement().setAttribute("role", "status");
        FormLayout form = new FormLayout(name, periodLabel, opensOn, closesOn, populationDate, areas, sample, reminderDays, maxReminders);
        add(new H2(getTranslation("survey.create.title")), new Paragraph(getTranslation("survey.create.intro")), form, feedback, create);

        List<dk.fritvalg.survey.AddOnRatings.ProviderRating> perProvider = ratings.forMunicipality();
        if (!perProvider.isEmpty()) {
            add(new H2(getTranslation("rating.per-provider")));
            var table = dk.fritvalg.ui.Tables.table(getTranslation("rating.per-provider"), List.of(getTranslation("survey.col.provider"),
                    getTranslation("rating.col.n"), getTranslation("rating.col.mean")));
            table.setId("addon-ratings");
            perProvider.forEach(r -> dk.fritvalg.ui.Tables.row(table, r.providerName(), String.valueOf(r.n()),
                    r.withheld() ? getTranslation("compare.page.too-few") : dk.fritvalg.survey.SurveyResults.decimal(r.mean(), getLocale())));
            add(table);
            List<String> comments = ratings.comments();
            if (!comments.isEmpty()) {
                com.vaadin.flow.component.html.UnorderedList commentList = new com.vaadin.flow.component.html.UnorderedList();
                comments.forEach(c -> commentList.add(new com.vaadin.flow.component.html.ListItem(c)));
                add(new H2(getTranslation("rating.comments")), new Paragraph(getTranslation("survey.comments.help")), commentList);
            }
        }
    }

    private void create() {
        feedback.removeAll();
        try {
            Set<Long> areaIds = areas.getValue().stream().map(ServiceArea::getId).collect(Collectors.toSet());
            long id = campaigns.create(new SurveyCampaigns.NewCampaign(name.getValue(), periodLabel.getValue(), opensOn.getValue(),
                    closesOn.getValue(), populationDate.getValue(), areaIds, sample.getValue(),
                    reminderDays.getValue() == null ? 0 : reminderDays.getValue(), maxReminders.getValue() == null ? 0 : maxReminders.getValue()));
            getUI().ifPresent(ui -> ui.navigate(SurveyCampaignView.class, new RouteParameters("id", String.valueOf(id))));
        } catch (BusinessException ex) {
            feedback.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.campaigns.title") + " – " + getTranslation("app.name");
    }
}
