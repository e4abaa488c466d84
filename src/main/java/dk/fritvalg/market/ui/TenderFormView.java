package dk.fritvalg.market.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.CriterionKind;
import dk.fritvalg.market.Tenders;
import dk.fritvalg.market.TenderViews;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A new tender round: the service area, the contract period with its extension options, how many providers to award,
 * the price unit, publication and bid deadline, standstill period, and the award criteria with their weights. The
 * minimum requirements are the area's requirement list. A refused form keeps everything typed and says why in Danish.
 */
@Route("marked/nyt-udbud")
@ViewPermission(Permission.MANAGE_TENDERS)
public class TenderFormView extends Div implements HasDynamicTitle {

    /** One criterion row of the form: its kind is fixed, name and weight are typed. */
    private record CriterionRow(CriterionKind kind, TextField name, IntegerField weight) {
    }

    private final Div feedback = MarketTexts.feedback("tender-form-feedback");
    private final List<CriterionRow> criteria = new ArrayList<>();

    public TenderFormView(Tenders tenders) {
        addClassName("page");
        LocalDate today = LocalDate.now(TimeConfiguration.DANISH_TIME);
        add(new Anchor("marked/udbud", getTranslation("market.tender.back")), new H1(getTranslation("market.tender.new.title")),
                new Paragraph(getTranslation("market.tender.new.intro")), feedback);

        Select<ServiceArea> area = new Select<>();
        area.setLabel(getTranslation("market.tender.area"));
        area.setItems(tenders.areasWithRegime().stream().map(Map.Entry::getKey).toList());
        area.setItemLabelGenerator(ServiceArea::getName);
        area.setId("tender-area");
        TextField title = new TextField(getTranslation("market.tender.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        title.setId("tender-title");
        TextArea description = new TextArea(getTranslation("market.tender.description"));
        description.setMaxLength(Tenders.MAX_TEXT);
        description.setWidthFull();
        description.setId("tender-description");
        DatePicker contractFrom = MarketTexts.danishDates(new DatePicker(getTranslation("market.tender.contract-from")));
        contractFrom.setId("tender-contract-from");
        DatePicker contractTo = MarketTexts.danishDates(new DatePicker(getTranslation("market.tender.contract-to")));
        contractTo.setId("tender-contract-to");
        IntegerField options = integer("market.tender.extension-options", "tender-extension-options", 0, 5, 0);
        IntegerField months = integer("market.tender.extension-months", "tender-extension-months", 0, 60, 12);
        IntegerField toAward = integer("market.tender.providers-to-award", "tender-providers", 1, 50, 2);
        Select<SettlementUnit> unit = new Select<>();
        unit.setLabel(getTranslation("market.tender.price-unit"));
        unit.setItems(SettlementUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("market.tender.unit." + u));
        unit.setValue(SettlementUnit.HOUR);
        unit.setId("tender-unit");
        DatePicker publishedOn = MarketTexts.danishDates(new DatePicker(getTranslation("market.tender.published-on")));
        publishedOn.setMin(today);
        publishedOn.setValue(today);
        publishedOn.setId("tender-published-on");
        DateTimePicker deadline = new DateTimePicker(getTranslation("market.tender.deadline"));
        deadline.setId("tender-deadline");
        deadline.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormats("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"));
        deadline.setHelperText(getTranslation("market.tender.deadline.help"));
        IntegerField standstill = integer("market.tender.standstill-days", "tender-standstill", 0, 60, Tenders.DEFAULT_STANDSTILL_DAYS);
        standstill.setHelperText(getTranslation("market.tender.standstill-days.help"));

        Div period = new Div(contractFrom, contractTo, options, months);
        period.addClassName("inline-form");
        Div terms = new Div(toAward, unit, publishedOn, deadline, standstill);
        terms.addClassName("inline-form");
        add(area, title, description, new H2(getTranslation("market.tender.contract")), period, terms);

        add(new H2(getTranslation("market.tender.criteria")), new Paragraph(getTranslation("market.tender.criteria.help")));
        criterion(CriterionKind.PRICE, getTranslation("market.criterion.PRICE"), 40);
        criterion(CriterionKind.QUALITY, getTranslation("market.criterion.QUALITY"), 40);
        criterion(CriterionKind.CONTINUITY, getTranslation("market.criterion.CONTINUITY"), 20);
        criterion(CriterionKind.OWN, "", null);

        Button create = new Button(getTranslation("market.tender.create"), e -> {
            if (area.getValue() == null) {
                area.setInvalid(true);
                area.setErrorMessage(getTranslation("market.regime.error.area"));
                feedback.removeAll();
                feedback.add(dk.fritvalg.ui.Notices.error(getTranslation("market.regime.error.area")));
                return;
            }
            List<TenderViews.CriterionForm> given = criteria.stream()
                    .filter(r -> r.kind() != CriterionKind.OWN || !r.name().getValue().isBlank() || r.weight().getValue() != null)
                    .map(r -> new TenderViews.CriterionForm(r.kind(), r.name().getValue(), r.weight().getValue())).toList();
            try {
                long id = tenders.create(new TenderViews.TenderForm(area.getValue().getId(), title.getValue(), description.getValue(),
                        contractFrom.getValue(), contractTo.getValue(), options.getValue(), months.getValue(), toAward.getValue(), unit.getValue(),
                        publishedOn.getValue(), deadline.getValue(), standstill.getValue(), given));
                UI.getCurrent().navigate("marked/udbud/" + id);
            } catch (BusinessException ex) {
                MarketTexts.error(this, feedback, ex);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-tender");
        add(create);
    }

    private void criterion(CriterionKind kind, String name, Integer weight) {
        TextField nameField = new TextField(getTranslation("market.tender.criterion-name", getTranslation("market.criterion." + kind)));
        nameField.setMaxLength(100);
        nameField.setValue(name);
        nameField.setId("criterion-name-" + kind);
        IntegerField weightField = new IntegerField(getTranslation("market.tender.criterion-weight", getTranslation("market.criterion." + kind)));
        weightField.setMin(0);
        weightField.setMax(100);
        weightField.setValue(weight);
        weightField.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        weightField.setId("criterion-weight-" + kind);
        Div row = new Div(nameField, weightField);
        row.addClassName("inline-form");
        add(row);
        criteria.add(new CriterionRow(kind, nameField, weightField));
    }

    private IntegerField integer(String label, String id, int min, int max, Integer value) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setValue(value);
        field.setId(id);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.tender.new.title") + " – " + getTranslation("app.name");
    }
}
