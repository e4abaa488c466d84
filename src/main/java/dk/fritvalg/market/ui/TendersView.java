package dk.fritvalg.market.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.Regime;
import dk.fritvalg.market.Tenders;
import dk.fritvalg.market.TenderViews;
import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The market's tenders: which regime (approval or tender) each service area is under, with its history and the form
 * to change it from a date, and the municipality's tender rounds, latest deadline first, paged in the database.
 */
@Route("marked/udbud")
@Menu(title = "menu.market-tenders", order = 74)
@ViewPermission(Permission.VIEW_MARKET)
public class TendersView extends Div implements HasDynamicTitle {

    private final Tenders tenders;
    private final boolean mayManage;
    private final Div feedback = MarketTexts.feedback("tenders-feedback");
    private final Grid<Map.Entry<ServiceArea, ContractModel>> areas = new Grid<>();
    private final Div history = new Div();

    public TendersView(Tenders tenders, AccessGuard accessGuard) {
        this.tenders = tenders;
        this.mayManage = CurrentUser.get().map(u -> u.municipalityId() != null
                && accessGuard.allows(Permission.MANAGE_TENDERS, Target.municipality(u.municipalityId()))).orElse(false);
        addClassName("page");
        add(new H1(getTranslation("market.tenders.title")), new Paragraph(getTranslation("market.tenders.intro")), feedback);
        if (mayManage) {
            Anchor create = new Anchor("marked/nyt-udbud", getTranslation("market.tenders.new"));
            create.setId("new-tender");
            add(create);
        }

        Grid<TenderViews.TenderSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(t -> new Anchor("marked/udbud/" + t.id(), t.title())).setHeader(getTranslation("market.tender.title"))
                .setFlexGrow(2);
        grid.addColumn(TenderViews.TenderSummary::serviceArea).setHeader(getTranslation("market.tender.area"));
        grid.addColumn(t -> TenderTexts.dateTime(this, t.bidDeadline())).setHeader(getTranslation("market.tender.deadline"));
        grid.addColumn(t -> Formats.date(t.contractFrom(), getLocale()) + " – " + Formats.date(t.contractTo(), getLocale()))
                .setHeader(getTranslation("market.tender.contract"));
        grid.addColumn(t -> getTranslation("market.tender.status." + t.status())).setHeader(getTranslation("market.applications.status"));
        grid.addColumn(TenderViews.TenderSummary::bids).setHeader(getTranslation("market.tender.bids-count"));
        grid.setItems(query -> tenders.search(query.getOffset(), query.getLimit()).stream(), query -> tenders.count());
        grid.setAriaLabel(getTranslation("market.tenders.rounds"));
        grid.setId("tenders-grid");
        grid.setHeight("40vh");
        add(new H2(getTranslation("market.tenders.rounds")), grid);

        add(new H2(getTranslation("market.regime.title")), new Paragraph(getTranslation("market.regime.intro")));
        areas.addColumn(e -> e.getKey().getName()).setHeader(getTranslation("market.tender.area"));
        areas.addColumn(e -> getTranslation("contract-model." + e.getValue())).setHeader(getTranslation("market.regime.today"));
        areas.addComponentColumn(e -> {
            Button show = new Button(getTranslation("market.regime.history-of", e.getKey().getName()), c -> showHistory(e.getKey()));
            show.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            show.setId("regime-history-" + e.getKey().getId());
            return show;
        }).setHeader(getTranslation("market.regime.history"));
        areas.setItems(tenders.areasWithRegime());
        areas.setAllRowsVisible(true);
        areas.setAriaLabel(getTranslation("market.regime.title"));
        areas.setId("regime-grid");
        add(areas, history);
        if (mayManage) {
            add(regimeForm());
        }
    }

    private void showHistory(ServiceArea area) {
        history.removeAll();
        List<Regime> regimes = tenders.regimes(area.getId());
        history.add(new H2(getTranslation("market.regime.history-of", area.getName())));
        if (regimes.isEmpty()) {
            history.add(new Paragraph(getTranslation("market.regime.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("regime-history");
        for (Regime r : regimes) {
            list.add(new ListItem(getTranslation("market.regime.entry", getTranslation("contract-model." + r.model()),
                    Formats.date(r.validFrom(), getLocale()), r.decidedBy(), MarketTexts.date(this, r.decidedAt()), r.reason())));
        }
        history.add(list);
    }

    private Div regimeForm() {
        Select<ServiceArea> area = new Select<>();
        area.setLabel(getTranslation("market.tender.area"));
        area.setItems(tenders.areasWithRegime().stream().map(Map.Entry::getKey).toList());
        area.setItemLabelGenerator(ServiceArea::getName);
        area.setId("regime-area");
        RadioButtonGroup<ContractModel> model = new RadioButtonGroup<>(getTranslation("market.regime.model"));
        model.setItems(ContractModel.values());
        model.setItemLabelGenerator(m -> getTranslation("contract-model." + m));
        model.setId("regime-model");
        DatePicker from = new DatePicker(getTranslation("market.regime.from"));
        from.setMin(LocalDate.now(TimeConfiguration.DANISH_TIME));
        from.setId("regime-from");
        MarketTexts.danishDates(from);
        TextField reason = new TextField(getTranslation("market.regime.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("regime-reason");
        Button save = new Button(getTranslation("market.regime.save"), e -> {
            if (area.getValue() == null) {
                area.setInvalid(true);
                area.setErrorMessage(getTranslation("market.regime.error.area"));
                return;
            }
            try {
                tenders.setRegime(area.getValue().getId(), model.getValue(), from.getValue(), reason.getValue());
                MarketTexts.success(feedback, getTranslation("market.regime.saved", area.getValue().getName()));
                areas.setItems(tenders.areasWithRegime());
                showHistory(area.getValue());
            } catch (BusinessException ex) {
                reason.setErrorMessage(MarketTexts.error(this, feedback, ex));
                reason.setInvalid(true);
            }
        });
        save.setId("regime-save");
        Div form = new Div(new H2(getTranslation("market.regime.change")), area, model, from, reason, save);
        form.setId("regime-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.tenders.title") + " – " + getTranslation("app.name");
    }
}
