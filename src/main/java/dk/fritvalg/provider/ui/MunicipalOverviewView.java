package dk.fritvalg.provider.ui;

import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Municipal staff's home: for each service area, how many providers citizens can choose today,
 * with a warning where there are fewer than two (Ældreloven § 18 asks for at least two).
 */
@Route("forvaltning")
@Menu(title = "menu.municipal-overview", order = 50)
@ViewPermission(Permission.VIEW_MUNICIPALITY_WORKSPACE)
public class MunicipalOverviewView extends Div implements HasDynamicTitle {

    record AreaRow(String area, String legalBasis, int selectable) {
    }

    public MunicipalOverviewView(MunicipalityService municipalities, ProviderService providers, Clock clock) {
        addClassName("page");
        Municipality municipality = municipalities.ownMunicipality(Permission.VIEW_MUNICIPALITY_WORKSPACE);
        add(new H1(getTranslation("overview.title", municipality.getName())));
        LocalDate today = LocalDate.now(clock);
        List<AreaRow> rows = municipalities.serviceAreas(municipality.getId()).stream()
                .map((ServiceArea a) -> new AreaRow(a.getName(), getTranslation("legal-basis." + a.getLegalBasis()),
                        providers.selectable(municipality.getId(), a.getId(), today).size()))
                .toList();
        rows.stream().filter(r -> r.selectable() < 2).forEach(r -> {
            Paragraph warning = new Paragraph(getTranslation("overview.too-few", r.area(), r.selectable()));
            warning.addClassName("warning");
            warning.getElement().setAttribute("role", "alert");
            add(warning);
        });
        Grid<AreaRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AreaRow::area).setHeader(getTranslation("overview.area"));
        grid.addColumn(AreaRow::legalBasis).setHeader(getTranslation("overview.legal-basis"));
        grid.addColumn(AreaRow::selectable).setHeader(getTranslation("overview.selectable"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("overview.title", municipality.getName()));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.municipal-overview") + " – " + getTranslation("app.name");
    }
}
