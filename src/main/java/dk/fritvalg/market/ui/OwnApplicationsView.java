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
import dk.fritvalg.market.ApplicationSummary;
import dk.fritvalg.market.ProviderApplications;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.ui.Formats;

/** A provider organisation's own applications for approval in every municipality, newest first, paged in the database. */
@Route("leverandoer/ansoegninger")
@Menu(title = "menu.provider-applications", order = 46)
@ViewPermission(Permission.VIEW_OWN_APPLICATIONS)
public class OwnApplicationsView extends Div implements HasDynamicTitle {

    public OwnApplicationsView(ProviderApplications applications) {
        addClassName("page");
        add(new H1(getTranslation("market.own.title")), new Paragraph(getTranslation("market.own.intro")),
                new Anchor("leverandoer/ansoeg", getTranslation("market.own.new")));
        Grid<ApplicationSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(a -> new Anchor("leverandoer/ansoegninger/" + a.id(), a.municipalityName()))
                .setHeader(getTranslation("market.own.municipality"));
        grid.addColumn(a -> String.join(", ", a.serviceAreas())).setHeader(getTranslation("market.areas")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("market.status." + a.status())).setHeader(getTranslation("market.applications.status"));
        grid.addColumn(a -> MarketTexts.date(this, a.submittedAt())).setHeader(getTranslation("market.applications.submitted"));
        grid.addColumn(a -> a.status().open() ? Formats.date(a.decisionDue(), getLocale()) : "")
                .setHeader(getTranslation("market.own.deadline"));
        grid.setItems(query -> applications.own(query.getOffset(), query.getLimit()).stream(), query -> applications.countOwn());
        grid.setAriaLabel(getTranslation("market.own.title"));
        grid.setId("own-applications");
        grid.setHeight("50vh");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.own.title") + " – " + getTranslation("app.name");
    }
}
