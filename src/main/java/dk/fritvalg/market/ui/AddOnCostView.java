package dk.fritvalg.market.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.catalogue.AddOnCostCalculations;
import dk.fritvalg.catalogue.AddOnCostCalculations.CostBreakdown;
import dk.fritvalg.catalogue.AddOnCostCalculations.CostItems;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The municipal provider's add-on prices: each add-on with its published price and the calculation behind it; the
 * procurement and finance offices enter the cost items, see the calculation, and publish the unit cost as the price.
 * The rule on add-ons next to granted help is explained here for staff.
 */
@Route("marked/tilkoebspriser")
@Menu(title = "menu.market-addon-costs", order = 79)
@ViewPermission(Permission.VIEW_ADD_ON_COSTS)
public class AddOnCostView extends Div implements HasDynamicTitle {

    private final AddOnCostCalculations costs;
    private final boolean maySet;
    private final Grid<AddOnCostCalculations.MunicipalAddOn> grid = new Grid<>();
    private final Div feedback = MarketTexts.feedback("cost-feedback");
    private final Div selected = new Div();

    public AddOnCostView(AddOnCostCalculations costs, AccessGuard accessGuard) {
        this.costs = costs;
        this.maySet = CurrentUser.get().map(u -> u.municipalityId() != null
                && accessGuard.allows(Permission.SET_ADD_ON_COST_PRICES, Target.municipality(u.municipalityId()))).orElse(false);
        addClassName("page");
        add(new H1(getTranslation("market.cost.title")), new Paragraph(getTranslation("market.cost.intro")));
        Div rule = new Div(new H2(getTranslation("market.cost.grant-rule.title")), new Paragraph(getTranslation("market.cost.grant-rule")));
        rule.setId("grant-rule");
        add(rule, feedback);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AddOnCostCalculations.MunicipalAddOn::name).setHeader(getTranslation("market.cost.add-on")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("market.cost.unit." + a.unit())).setHeader(getTranslation("market.cost.unit"));
        grid.addColumn(a -> Formats.kroner(a.priceOre(), getLocale())).setHeader(getTranslation("market.cost.price"));
        grid.addColumn(a -> a.calculation().map(c -> Formats.kroner(c.unitCostOre(), getLocale())).orElse("–"))
                .setHeader(getTranslation("market.cost.unit-cost"));
        grid.addColumn(a -> getTranslation(a.priceMatchesCalculation() ? "market.cost.matches" : "market.cost.not-calculated"))
                .setHeader(getTranslation("market.cost.state"));
        grid.addComponentColumn(a -> {
            Button open = new Button(getTranslation("market.cost.open", a.name()), e -> select(a));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setId("open-cost-" + a.addOnId());
            return open;
        }).setHeader(getTranslation("market.providers.details")).setKey("details");
        grid.setItems(query -> costs.ofOwnMunicipality().stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> costs.ofOwnMunicipality().size());
        grid.setAriaLabel(getTranslation("market.cost.title"));
        grid.setId("cost-grid");
        grid.setAllRowsVisible(true);
        add(grid, selected);
    }

    private void select(AddOnCostCalculations.MunicipalAddOn addOn) {
        selected.removeAll();
        selected.add(new H2(addOn.name()));
        Div shown = new Div();
        shown.setId("cost-calculation");
        addOn.calculation().ifPresentOrElse(c -> shown.add(breakdown(this, c)),
                () -> shown.add(new Paragraph(getTranslation("market.cost.none-yet"))));
        selected.add(shown);
        if (!maySet) {
            return;
        }
        CostItems current = addOn.calculation().map(CostBreakdown::items).orElse(null);
        BigDecimalField wage = money("market.cost.field.wage", "cost-wage", current == null ? null : current.hourlyWageOre());
        BigDecimalField pension = percent("market.cost.field.pension", "cost-pension", current == null ? null : current.pensionPercent());
        BigDecimalField holiday = percent("market.cost.field.holiday", "cost-holiday", current == null ? null : current.holidayPercent());
        IntegerField minutes = minutes("market.cost.field.minutes", "cost-minutes", current == null ? null : current.minutesPerUnit());
        IntegerField travel = minutes("market.cost.field.travel", "cost-travel", current == null ? null : current.travelMinutesPerUnit());
        BigDecimalField materials = money("market.cost.field.materials", "cost-materials", current == null ? null : current.materialsOre());
        BigDecimalField overhead = percent("market.cost.field.overhead", "cost-overhead", current == null ? null : current.overheadPercent());
        BigDecimalField administration = money("market.cost.field.administration", "cost-administration",
                current == null ? null : current.administrationOre());
        TextField reason = new TextField(getTranslation("market.cost.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("cost-reason");
        Div preview = new Div();
        preview.setId("cost-preview");
        java.util.function.Supplier<CostItems> items = () -> {
            for (BigDecimalField f : new BigDecimalField[] {wage, pension, holiday, materials, overhead, administration}) {
                if (f.getValue() == null || f.isInvalid()) {
                    throw new BusinessException("catalogue.cost.error.missing");
                }
            }
            if (minutes.getValue() == null || travel.getValue() == null) {
                throw new BusinessException("catalogue.cost.error.missing");
            }
            return new CostItems(ore(wage), pension.getValue(), holiday.getValue(), minutes.getValue(), travel.getValue(), ore(materials),
                    overhead.getValue(), ore(administration));
        };
        Button calculate = new Button(getTranslation("market.cost.calculate"), e -> {
            try {
                preview.removeAll();
                preview.add(new H3(getTranslation("market.cost.preview")), breakdown(this,
                        AddOnCostCalculations.calculate(items.get(), addOn.vatRatePercent())));
                feedback.removeAll();
            } catch (BusinessException ex) {
                MarketTexts.error(this, feedback, ex);
            }
        });
        calculate.setId("cost-calculate");
        Button publish = new Button(getTranslation("market.cost.publish"), e -> {
            try {
                CostBreakdown done = costs.publish(addOn.addOnId(), items.get(), reason.getValue());
                MarketTexts.success(feedback, getTranslation("market.cost.published", addOn.name(), Formats.kroner(done.priceOre(), getLocale())));
                grid.getDataProvider().refreshAll();
                costs.ofOwnMunicipality().stream().filter(a -> a.addOnId() == addOn.addOnId()).findFirst().ifPresent(this::select);
            } catch (BusinessException ex) {
                String message = MarketTexts.error(this, feedback, ex);
                if (ex.messageKey().startsWith("market.error.reason")) {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                }
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("cost-publish");
        selected.add(new H3(getTranslation("market.cost.items")), wage, pension, holiday, minutes, travel, materials, overhead, administration,
                calculate, preview, reason, publish);
    }

    /** The calculation line by line; the citizen's page shows the same lines. */
    static Component breakdown(Component c, CostBreakdown b) {
        Locale locale = c.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(Locale.of("da", "DK"));
        UnorderedList lines = new UnorderedList();
        lines.addClassName("cost-breakdown");
        CostItems i = b.items();
        lines.add(new ListItem(c.getTranslation("cost.line.wage", Formats.kroner(i.hourlyWageOre(), locale), i.pensionPercent(),
                i.holidayPercent(), Formats.kroner(b.wagePerHourOre(), locale))));
        lines.add(new ListItem(c.getTranslation("cost.line.time", i.minutesPerUnit(), i.travelMinutesPerUnit(), b.minutesTotal())));
        lines.add(new ListItem(c.getTranslation("cost.line.labour", Formats.kroner(b.labourOre(), locale))));
        lines.add(new ListItem(c.getTranslation("cost.line.materials", Formats.kroner(b.materialsOre(), locale))));
        lines.add(new ListItem(c.getTranslation("cost.line.overhead", i.overheadPercent(), Formats.kroner(b.overheadOre(), locale))));
        lines.add(new ListItem(c.getTranslation("cost.line.administration", Formats.kroner(b.administrationOre(), locale))));
        lines.add(new ListItem(c.getTranslation("cost.line.unit-cost", Formats.kroner(b.unitCostOre(), locale))));
        lines.add(new ListItem(c.getTranslation("cost.line.price", b.vatRatePercent(), Formats.kroner(b.priceOre(), locale))));
        return lines;
    }

    private BigDecimalField money(String key, String id, Long ore) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setId(id);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr."));
        if (ore != null) {
            field.setValue(BigDecimal.valueOf(ore, 2));
        }
        return field;
    }

    private BigDecimalField percent(String key, String id, BigDecimal value) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setId(id);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        field.setValue(value);
        return field;
    }

    private IntegerField minutes(String key, String id, Integer value) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setMin(0);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("min."));
        field.setValue(value);
        return field;
    }

    private static long ore(BigDecimalField field) {
        BigDecimal kroner = field.getValue();
        if (kroner.scale() > 2) {
            throw new BusinessException("catalogue.cost.error.ore");
        }
        return kroner.movePointRight(2).longValueExact();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.cost.title") + " – " + getTranslation("app.name");
    }
}
