package dk.fritvalg.market.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.TenderBids;
import dk.fritvalg.market.TenderViews;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.ui.Formats;

/** A provider organisation's own bids with their outcome (paged in the database), and its agreements in every municipality. */
@Route("leverandoer/mine-bud")
@Menu(title = "menu.provider-bids", order = 48)
@ViewPermission(Permission.VIEW_OWN_BIDS)
public class OwnBidsView extends Div implements HasDynamicTitle {

    public OwnBidsView(TenderBids bids) {
        addClassName("page");
        add(new H1(getTranslation("market.own-bids.title")), new Paragraph(getTranslation("market.own-bids.intro")));
        Grid<TenderViews.BidView> own = new Grid<>();
        own.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        own.addComponentColumn(b -> new Anchor("leverandoer/udbud/" + b.tenderId(), b.tenderTitle())).setHeader(getTranslation("market.tender.title"))
                .setFlexGrow(2);
        own.addColumn(b -> TenderTexts.price(this, b.priceOre(), b.priceUnit())).setHeader(getTranslation("market.bid.price"));
        own.addColumn(TenderViews.BidView::capacity).setHeader(getTranslation("market.capacity"));
        own.addColumn(b -> TenderTexts.dateTime(this, b.changedAt())).setHeader(getTranslation("market.bid.changed"));
        own.addColumn(b -> getTranslation(b.outcome() == null ? "market.bid.outcome.PENDING" : "market.bid.outcome." + b.outcome()))
                .setHeader(getTranslation("market.bid.outcome"));
        own.setItems(query -> bids.ownBids(query.getOffset(), query.getLimit()).stream(), query -> bids.countOwnBids());
        own.setAriaLabel(getTranslation("market.own-bids.bids"));
        own.setId("own-bids");
        own.setHeight("35vh");

        Grid<TenderViews.AgreementRow> agreements = new Grid<>();
        agreements.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        agreements.addColumn(TenderViews.AgreementRow::municipalityName).setHeader(getTranslation("market.own.municipality"));
        agreements.addColumn(TenderViews.AgreementRow::serviceArea).setHeader(getTranslation("market.tender.area"));
        agreements.addColumn(a -> getTranslation("agreement-model." + a.model())).setHeader(getTranslation("market.agreements.model"));
        agreements.addColumn(a -> Formats.date(a.validFrom(), getLocale())).setHeader(getTranslation("market.agreements.from"));
        agreements.addColumn(a -> a.validTo() == null ? getTranslation("common.open-ended") : Formats.date(a.validTo(), getLocale()))
                .setHeader(getTranslation("market.agreements.to"));
        agreements.addColumn(a -> a.priceOre() == null ? getTranslation("market.agreements.municipal-price")
                : TenderTexts.price(this, a.priceOre(), a.priceUnit())).setHeader(getTranslation("market.agreements.price"));
        agreements.setItems(query -> bids.ownAgreements().stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> bids.ownAgreements().size());
        agreements.setAriaLabel(getTranslation("market.own-bids.agreements"));
        agreements.setId("own-agreements");
        agreements.setHeight("35vh");
        add(new H2(getTranslation("market.own-bids.bids")), own, new H2(getTranslation("market.own-bids.agreements")), agreements);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.own-bids.title") + " – " + getTranslation("app.name");
    }
}
