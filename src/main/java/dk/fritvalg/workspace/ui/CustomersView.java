package dk.fritvalg.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.ProviderCustomerList;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.ui.Formats;

/**
 * The provider's customers, paged in the database and searchable by name or address. Every citizen shown is logged
 * as a look by the service.
 */
@Route("leverandoer/kunder")
@Menu(title = "menu.provider-customers", order = 43)
@ViewPermission(Permission.VIEW_PROVIDER_CUSTOMERS)
public class CustomersView extends Div implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<ProviderCustomerList.CustomerRow> grid = new Grid<>();

    public CustomersView(ProviderCustomerList customers) {
        addClassName("page");
        add(new H1(getTranslation("customers.title")));
        Long providerId = CurrentUser.require().providerId();
        if (providerId == null) {
            add(new Paragraph(getTranslation("provider-home.no-municipality")));
            return;
        }
        add(new Paragraph(getTranslation("customers.intro")));
        search.setLabel(getTranslation("customers.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(ProviderCustomerList.CustomerRow::name).setHeader(getTranslation("customers.column.name")).setFlexGrow(2);
        grid.addColumn(ProviderCustomerList.CustomerRow::address).setHeader(getTranslation("customers.column.address")).setFlexGrow(2);
        grid.addColumn(r -> r.phone() == null ? "" : r.phone()).setHeader(getTranslation("customers.column.phone"));
        grid.addColumn(r -> r.kind() == ProviderCustomerList.Kind.CHOICE ? r.serviceArea() : getTranslation("customers.add-ons"))
                .setHeader(getTranslation("customers.column.what"));
        grid.addColumn(r -> Formats.date(r.since(), getLocale())).setHeader(getTranslation("customers.column.since"));
        grid.addColumn(r -> r.minutesPerWeek() == null ? "" : getTranslation("customers.minutes", r.minutesPerWeek()))
                .setHeader(getTranslation("customers.column.minutes"));
        grid.setAriaLabel(getTranslation("customers.title"));
        grid.setItems(query -> customers.page(providerId, search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> customers.count(providerId, search.getValue()));
        add(search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.title") + " – " + getTranslation("app.name");
    }
}
