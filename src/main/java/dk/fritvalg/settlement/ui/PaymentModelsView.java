package dk.fritvalg.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.settlement.PaymentModel;
import dk.fritvalg.settlement.PaymentModelKind;
import dk.fritvalg.settlement.PaymentModels;
import dk.fritvalg.settlement.PaymentTerms;
import dk.fritvalg.settlement.TimeBasis;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import dk.fritvalg.ui.Tables;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The payment model of each service area by period, and the form finance staff set a new one with (presets for Favrskov and Kolding). */
@Route("okonomi/betalingsmodeller")
@Menu(title = "menu.payment-models", order = 82)
@ViewPermission(Permission.VIEW_SETTLEMENT)
public class PaymentModelsView extends Div implements HasDynamicTitle {

    /** The choices in the form: each a complete set of terms, the numbers adjustable below. */
    enum Preset { GRANTED, FAVRSKOV, DELIVERED, PER_VISIT, RESULT, KOLDING }

    private final PaymentModels models;
    private final long municipalityId;
    private final List<ServiceArea> areas;
    private final Div list = new Div();
    private final Div feedback = new Div();

    public PaymentModelsView(PaymentModels models, MunicipalityService municipalities, AccessGuard accessGuard, Clock clock) {
        this.models = models;
        this.municipalityId = CurrentUser.require().municipalityId();
        this.areas = municipalities.serviceAreas(municipalityId);
        addClassName("page");
        add(new H1(getTranslation("payment-models.title")), new Paragraph(getTranslation("payment-models.intro")));
        list.setId("payment-models");
        add(list);
        feedback.getElement().setAttribute("aria-live", "polite");
        if (accessGuard.allows(Permission.SETTLE_PROVIDERS, Target.municipality(municipalityId))) {
            add(new H2(getTranslation("payment-models.new")), form(clock), feedback);
        }
        refresh();
    }

    private Div form(Clock clock) {
        Select<ServiceArea> area = new Select<>();
        area.setLabel(getTranslation("settlement.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(ServiceArea::getName);
        area.setId("model-area");
        Select<Preset> preset = new Select<>();
        preset.setLabel(getTranslation("payment-models.model"));
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(p -> getTranslation("payment-models.preset." + p));
        preset.setValue(Preset.FAVRSKOV);
        preset.setId("model-preset");
        IntegerField hour = new IntegerField(getTranslation("payment-models.deadline-hour"));
        hour.setValue(14);
        hour.setMin(0);
        hour.setMax(23);
        hour.setId("model-hour");
        IntegerField days = new IntegerField(getTranslation("payment-models.deadline-days"));
        days.setValue(1);
        days.setMin(0);
        days.setMax(14);
        days.setId("model-days");
        IntegerField base = new IntegerField(getTranslation("payment-models.base"));
        base.setValue(45);
        base.setId("model-base");
        IntegerField bonus = new IntegerField(getTranslation("payment-models.bonus"));
        bonus.setValue(120);
        bonus.setId("model-bonus");
        YearMonth now = YearMonth.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        List<YearMonth> months = new ArrayList<>();
        for (int i = -1; i <= 12; i++) {
            months.add(now.plusMonths(i));
        }
        Select<YearMonth> from = new Select<>();
        from.setLabel(getTranslation("payment-models.from"));
        from.setItems(months);
        from.setItemLabelGenerator(m -> EconomyTexts.monthLabel(m, getLocale()));
        from.setValue(now.plusMonths(1));
        from.setId("model-from");
        Runnable visibility = () -> {
            Preset p = preset.getValue();
            hour.setVisible(p == Preset.FAVRSKOV);
            days.setVisible(p == Preset.FAVRSKOV);
            base.setVisible(p == Preset.KOLDING);
            bonus.setVisible(p == Preset.KOLDING);
        };
        preset.addValueChangeListener(e -> visibility.run());
        visibility.run();
        Button save = new Button(getTranslation("payment-models.save"), e -> {
            feedback.removeAll();
            if (area.getValue() == null) {
                feedback.add(Notices.error(getTranslation("payment-models.error.area")));
                return;
            }
            try {
                PaymentModel saved = models.set(area.getValue().getId(), terms(preset.getValue(), hour.getValue(), days.getValue(), base.getValue(),
                        bonus.getValue()), from.getValue());
                feedback.add(Notices.success(getTranslation("payment-models.saved", area.getValue().getName(), saved.terms().danish(),
                        EconomyTexts.month(from.getValue(), getLocale()))));
                refresh();
            } catch (BusinessException ex) {
                feedback.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("model-save");
        Div form = new Div(area, preset, hour, days, base, bonus, from, save);
        form.addClassName("form-row");
        return form;
    }

    static PaymentTerms terms(Preset preset, Integer hour, Integer days, Integer base, Integer bonus) {
        return switch (preset) {
            case GRANTED -> PaymentTerms.grantedTime();
            case FAVRSKOV -> new PaymentTerms(PaymentModelKind.ACTIVITY, TimeBasis.GRANTED, SettlementUnit.HOUR, true,
                    hour == null ? -1 : hour, days == null ? -1 : days, 0, 0);
            case DELIVERED -> PaymentTerms.deliveredTime();
            case PER_VISIT -> new PaymentTerms(PaymentModelKind.ACTIVITY, TimeBasis.GRANTED, SettlementUnit.VISIT, false, 14, 1, 0, 0);
            case RESULT -> PaymentTerms.resultBased();
            case KOLDING -> new PaymentTerms(PaymentModelKind.COMBINATION, null, SettlementUnit.HOUR, false, 14, 1,
                    base == null ? -1 : base, bonus == null ? -1 : bonus);
        };
    }

    private void refresh() {
        list.removeAll();
        List<PaymentModel> all = models.ofMunicipality(municipalityId);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("payment-models.none")));
            return;
        }
        Map<Long, String> names = areas.stream().collect(Collectors.toMap(ServiceArea::getId, ServiceArea::getName));
        NativeTable table = Tables.table(getTranslation("payment-models.caption"), List.of(getTranslation("settlement.area"),
                getTranslation("payment-models.model"), getTranslation("payment-models.period")));
        for (PaymentModel m : all) {
            Tables.row(table, names.getOrDefault(m.serviceAreaId(), ""), m.terms().danish(), Formats.date(m.validFrom(), getLocale()) + " – "
                    + (m.validTo() == null ? getTranslation("common.open-ended") : Formats.date(m.validTo(), getLocale())));
        }
        list.add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment-models.title") + " – " + getTranslation("app.name");
    }
}
