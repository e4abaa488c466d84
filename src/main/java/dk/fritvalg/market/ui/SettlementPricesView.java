package dk.fritvalg.market.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.SettlementPrice;
import dk.fritvalg.market.SettlementPrices;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The municipality's settlement prices: every price with its period, and (for the procurement office) a new year's
 * prices published from one date in one go. A date in a month that has passed is refused, so a settled month never
 * changes; each change is in the audit trail with the old and new price and the reason.
 */
@Route("marked/afregningspriser")
@Menu(title = "menu.market-prices", order = 77)
@ViewPermission(Permission.VIEW_MARKET)
public class SettlementPricesView extends Div implements HasDynamicTitle {

    private final SettlementPrices prices;
    private final long municipalityId;
    private final Map<Long, String> areaNames = new LinkedHashMap<>();
    private final Grid<SettlementPrice> grid = new Grid<>();
    private final Div feedback = MarketTexts.feedback("prices-feedback");

    public SettlementPricesView(SettlementPrices prices, MunicipalityService municipalities, AccessGuard accessGuard) {
        this.prices = prices;
        this.municipalityId = CurrentUser.get().map(u -> u.municipalityId()).orElse(0L);
        municipalities.serviceAreas(municipalityId).forEach(a -> areaNames.put(a.getId(), a.getName()));
        boolean mayPublish = accessGuard.allows(Permission.MANAGE_SETTLEMENT_PRICES, Target.municipality(municipalityId));
        addClassName("page");
        add(new H1(getTranslation("market.prices.title")), new Paragraph(getTranslation("market.prices.intro")), feedback);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> areaNames.getOrDefault(p.serviceAreaId(), "?")).setHeader(getTranslation("market.prices.area")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("market.prices.unit." + p.unit())).setHeader(getTranslation("market.prices.unit"));
        grid.addColumn(p -> Formats.kroner(p.priceOre(), getLocale())).setHeader(getTranslation("market.prices.price"));
        grid.addColumn(p -> Formats.date(p.validFrom(), getLocale())).setHeader(getTranslation("market.prices.from"));
        grid.addColumn(p -> p.validTo() == null ? "–" : Formats.date(p.validTo(), getLocale())).setHeader(getTranslation("market.prices.to"));
        grid.addColumn(SettlementPrice::reason).setHeader(getTranslation("market.prices.reason")).setFlexGrow(2);
        grid.setItems(query -> prices.ofMunicipality(municipalityId).stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> prices.ofMunicipality(municipalityId).size());
        grid.setAriaLabel(getTranslation("market.prices.title"));
        grid.setId("prices-grid");
        grid.setAllRowsVisible(true);
        add(grid);
        if (mayPublish) {
            add(newYearForm());
        }
    }

    private Div newYearForm() {
        Div form = new Div();
        form.add(new H2(getTranslation("market.prices.new-year")), new Paragraph(getTranslation("market.prices.new-year.intro")));
        LocalDate today = LocalDate.now(TimeConfiguration.DANISH_TIME);
        DatePicker from = MarketTexts.danishDates(new DatePicker(getTranslation("market.prices.from")));
        from.setValue(LocalDate.of(today.getYear() + 1, 1, 1));
        from.setMin(today.withDayOfMonth(1));
        from.setId("prices-from");
        form.add(from);
        // One field per area and unit that has a price, filled with the latest price.
        Map<String, SettlementPrice> latest = new LinkedHashMap<>();
        prices.ofMunicipality(municipalityId).forEach(p -> latest.put(p.serviceAreaId() + ":" + p.unit(), p));
        Map<SettlementPrice, BigDecimalField> fields = new LinkedHashMap<>();
        for (SettlementPrice p : latest.values()) {
            BigDecimalField field = new BigDecimalField(getTranslation("market.prices.new-price", areaNames.getOrDefault(p.serviceAreaId(), "?"),
                    getTranslation("market.prices.unit." + p.unit())));
            field.setValue(BigDecimal.valueOf(p.priceOre(), 2));
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr."));
            field.setId("price-" + p.serviceAreaId() + "-" + p.unit());
            fields.put(p, field);
            form.add(field);
        }
        if (fields.isEmpty()) {
            form.add(new Paragraph(getTranslation("market.prices.none")));
        }
        TextField reason = new TextField(getTranslation("market.prices.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("prices-reason");
        Button publish = new Button(getTranslation("market.prices.publish"), e -> {
            List<SettlementPrices.NewPrice> changed = new ArrayList<>();
            for (Map.Entry<SettlementPrice, BigDecimalField> entry : fields.entrySet()) {
                BigDecimal kroner = entry.getValue().getValue();
                if (kroner == null || kroner.scale() > 2 || entry.getValue().isInvalid()) {
                    entry.getValue().setErrorMessage(getTranslation("catalogue.cost.error.ore"));
                    entry.getValue().setInvalid(true);
                    return;
                }
                long ore = kroner.movePointRight(2).longValueExact();
                if (ore != entry.getKey().priceOre()) {
                    changed.add(new SettlementPrices.NewPrice(entry.getKey().serviceAreaId(), entry.getKey().unit(), ore));
                }
            }
            try {
                List<SettlementPrice> done = prices.publish(changed, from.getValue(), reason.getValue());
                MarketTexts.success(feedback, getTranslation("market.prices.published", done.size(),
                        Formats.date(from.getValue(), getLocale())));
                grid.getDataProvider().refreshAll();
                reason.setInvalid(false);
                from.setInvalid(false);
            } catch (BusinessException ex) {
                String message = MarketTexts.error(this, feedback, ex);
                if (ex.messageKey().startsWith("market.price.error.past") || ex.messageKey().equals("market.price.error.no-date")) {
                    from.setErrorMessage(message);
                    from.setInvalid(true);
                } else if (ex.messageKey().startsWith("market.error.reason")) {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                }
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("prices-publish");
        form.add(reason, publish);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.prices.title") + " – " + getTranslation("app.name");
    }
}
