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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderAgreement;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Target;
import dk.fritvalg.ui.Formats;

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

    public MunicipalOverviewView(MunicipalityService municipalities, ProviderService providers, AccessGuard accessGuard, Clock clock) {
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
        if (accessGuard.allows(Permission.VIEW_MARKET, Target.municipality(municipality.getId()))) {
            add(runningOut(municipalities, providers, municipality.getId(), today));
        }
    }

    /** For the procurement office: the agreements that end within six months, soonest first, so a new tender is started in time. */
    private Div runningOut(MunicipalityService municipalities, ProviderService providers, long municipalityId, LocalDate today) {
        Div section = new Div();
        section.setId("running-out");
        section.add(new H2(getTranslation("overview.running-out")));
        LocalDate horizon = today.plusMonths(6);
        record Ending(String provider, String area, ProviderAgreement agreement) {
        }
        List<Ending> ending = new ArrayList<>();
        for (Provider provider : providers.inMunicipality(municipalityId)) {
            for (ProviderAgreement a : providers.agreements(provider.getId())) {
                if (a.getValidTo() != null && !a.getValidTo().isBefore(today) && !a.getValidTo().isAfter(horizon)) {
                    ending.add(new Ending(provider.getName(), municipalities.serviceArea(a.getServiceAreaId()).map(ServiceArea::getName).orElse(""), a));
                }
            }
        }
        ending.sort(Comparator.comparing(e -> e.agreement().getValidTo()));
        if (ending.isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.running-out.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Ending e : ending) {
                list.add(new ListItem(getTranslation("overview.running-out.item", e.provider(), e.area(),
                        getTranslation("agreement-model." + e.agreement().getModel()), Formats.date(e.agreement().getValidTo(), getLocale()))));
            }
            section.add(list);
        }
        section.add(new Anchor("marked/aftaler", getTranslation("overview.running-out.link")));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.municipal-overview") + " – " + getTranslation("app.name");
    }
}
