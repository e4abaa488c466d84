package dk.fritvalg.market.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.TenderBids;
import dk.fritvalg.market.TenderViews;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.ui.Formats;

/** The tender rounds open for bids in every municipality on the portal, soonest deadline first, paged in the database. */
@Route("leverandoer/udbud")
@Menu(title = "menu.provider-tenders", order = 47)
@ViewPermission(Permission.BID_IN_TENDERS)
public class OpenTendersView extends Div implements HasDynamicTitle {

    public OpenTendersView(TenderBids bids) {
        addClassName("page");
        add(new H1(getTranslation("market.open-tenders.title")), new Paragraph(getTranslation("market.open-tenders.intro")),
                new Anchor("leverandoer/mine-bud", getTranslation("market.open-tenders.own")));
        Grid<TenderViews.TenderSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(t -> new Anchor("leverandoer/udbud/" + t.id(), t.title())).setHeader(getTranslation("market.tender.title"))
                .setFlexGrow(2);
        grid.addColumn(TenderViews.TenderSummary::municipalityName).setHeader(getTranslation("market.own.municipality"));
        grid.addColumn(TenderViews.TenderSummary::serviceArea).setHeader(getTranslation("market.tender.area"));
        grid.addColumn(t -> TenderTexts.dateTime(this, t.bidDeadline())).setHeader(getTranslation("market.tender.deadline"));
        grid.addColumn(t -> Formats.date(t.contractFrom(), getLocale()) + " – " + Formats.date(t.contractTo(), getLocale()))
                .setHeader(getTranslation("market.tender.contract"));
        grid.addColumn(TenderViews.TenderSummary::providersToAward).setHeader(getTranslation("market.tender.providers-to-award"));
        grid.setItems(query -> bids.open(query.getOffset(), query.getLimit()).stream(), query -> bids.countOpen());
        grid.setAriaLabel(getTranslation("market.open-tenders.title"));
        grid.setId("open-tenders");
        grid.setHeight("50vh");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.open-tenders.title") + " – " + getTranslation("app.name");
    }
}
