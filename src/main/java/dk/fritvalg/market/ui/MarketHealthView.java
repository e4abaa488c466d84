package dk.fritvalg.market.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.MarketHealth;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;

/** The market's health per service area today: how many providers citizens can choose, how many municipal, and the ÆL § 18 state. */
@Route("marked/sundhed")
@Menu(title = "menu.market-health", order = 73)
@ViewPermission(Permission.VIEW_MARKET)
public class MarketHealthView extends Div implements HasDynamicTitle {

    public MarketHealthView(MarketHealth health) {
        addClassName("page");
        add(new H1(getTranslation("market.health.title")),
                new Paragraph(getTranslation("market.health.intro", MarketHealth.MINIMUM_PROVIDERS, MarketHealth.MAXIMUM_MUNICIPAL)));
        Grid<MarketHealth.AreaHealth> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MarketHealth.AreaHealth::name).setHeader(getTranslation("market.health.area"));
        grid.addColumn(a -> getTranslation("legal-basis." + a.legalBasis())).setHeader(getTranslation("market.health.basis"));
        grid.addColumn(MarketHealth.AreaHealth::selectable).setHeader(getTranslation("market.health.selectable"));
        grid.addColumn(MarketHealth.AreaHealth::municipal).setHeader(getTranslation("market.health.municipal"));
        grid.addColumn(MarketHealth.AreaHealth::privateProviders).setHeader(getTranslation("market.health.private"));
        grid.addColumn(a -> getTranslation("market.health.state." + a.state())).setHeader(getTranslation("market.health.state"))
                .setFlexGrow(2).setKey("state");
        grid.setItems(health.ofOwnMunicipality());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("market.health.title"));
        grid.setId("market-health");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.health.title") + " – " + getTranslation("app.name");
    }
}
