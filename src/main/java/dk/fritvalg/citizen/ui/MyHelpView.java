package dk.fritvalg.citizen.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import dk.fritvalg.citizen.SwitchRequest;
import dk.fritvalg.citizen.SwitchService;
import java.util.Map;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenContext;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.citizen.Grant;
import dk.fritvalg.citizen.ProviderChoice;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.ui.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Min hjælp": the help a citizen is granted, who delivers it, and the history of choices with who made them.
 * A relative opens it for a citizen with {@code ?borger=<id>}; the service checks the power of attorney.
 */
@Route("min-hjaelp")
@Menu(title = "menu.my-help", order = 10)
@ViewPermission(Permission.VIEW_CITIZEN_HELP)
public class MyHelpView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    record GrantRow(long areaId, String area, int minutesPerWeek, String period, String provider, boolean hasProvider) {
    }

    record RequestRow(SwitchRequest request, String area, String change, String status, String requestedBy) {
    }

    record ChoiceRow(String area, String provider, String period, String reason, String madeBy) {
    }

    private final CitizenService citizens;
    private final SwitchService switches;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final Clock clock;

    public MyHelpView(CitizenService citizens, SwitchService switches, MunicipalityService municipalities, ProviderService providers,
                      Clock clock) {
        this.citizens = citizens;
        this.switches = switches;
        this.municipalities = municipalities;
        this.providers = providers;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalUser user = CurrentUser.require();
        Optional<Long> citizenId = CitizenContext.enter(event, citizens);
        if (citizenId.isEmpty()) {
            return;
        }
        render(citizens.overview(citizenId.get()), user);
    }

    private void render(CitizenService.Overview overview, PortalUser user) {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        boolean forOther = user.role() == Role.RELATIVE;
        add(new H1(forOther ? getTranslation("my-help.title-for", overview.citizen().fullName()) : getTranslation("my-help.title")));
        if (forOther) {
            Paragraph acting = new Paragraph(getTranslation(overview.mayAct() ? "my-help.acting-for" : "my-help.viewing-for",
                    overview.citizen().fullName()));
            acting.addClassName("notice");
            add(acting);
        }
        add(new Paragraph(getTranslation("my-help.intro")));

        add(new H2(getTranslation("my-help.grants")));
        List<GrantRow> grants = overview.grants().stream().filter(g -> g.getValidTo() == null || !g.getValidTo().isBefore(today))
                .map(g -> new GrantRow(g.getServiceAreaId(), areaName(g.getServiceAreaId()), g.getMinutesPerWeek(),
                        period(g.getValidFrom(), g.getValidTo()), currentProvider(overview, g, today), hasProvider(overview, g, today)))
                .toList();
        if (grants.isEmpty()) {
            add(new Paragraph(getTranslation("my-help.no-grants")));
        } else {
            Grid<GrantRow> grid = new Grid<>();
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(GrantRow::area).setHeader(getTranslation("my-help.area"));
            grid.addColumn(GrantRow::minutesPerWeek).setHeader(getTranslation("my-help.minutes-per-week"));
            grid.addColumn(GrantRow::period).setHeader(getTranslation("my-help.period"));
            grid.addColumn(GrantRow::provider).setHeader(getTranslation("my-help.provider"));
            if (overview.mayAct()) {
                long citizenId = overview.citizen().getId();
                grid.addComponentColumn(row -> {
                    Button change = new Button(getTranslation(row.hasProvider() ? "my-help.switch" : "my-help.choose",
                            row.area()));
                    change.addClassName("switch-button");
                    change.addClickListener(e -> UI.getCurrent().navigate(SwitchView.class, QueryParameters.simple(
                            Map.of("borger", String.valueOf(citizenId), "omraade", String.valueOf(row.areaId())))));
                    return change;
                }).setHeader(getTranslation("my-help.change")).setKey("change").setAutoWidth(true).setFlexGrow(0);
            }
            grid.setItems(grants);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel(getTranslation("my-help.grants"));
            grid.addClassName("grants-grid");
            add(grid);
        }

        renderRequests(overview);

        add(new H2(getTranslation("my-help.history")));
        List<ChoiceRow> history = overview.choices().stream()
                .map(c -> new ChoiceRow(areaName(c.getServiceAreaId()), providerName(c.getProviderId()),
                        period(c.getValidFrom(), c.getValidTo()), getTranslation("choice-reason." + c.getReason()), madeBy(c, overview)))
                .toList();
        Grid<ChoiceRow> historyGrid = new Grid<>();
        historyGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        historyGrid.addColumn(ChoiceRow::area).setHeader(getTranslation("my-help.area"));
        historyGrid.addColumn(ChoiceRow::provider).setHeader(getTranslation("my-help.provider"));
        historyGrid.addColumn(ChoiceRow::period).setHeader(getTranslation("my-help.period"));
        historyGrid.addColumn(ChoiceRow::reason).setHeader(getTranslation("my-help.reason"));
        historyGrid.addColumn(ChoiceRow::madeBy).setHeader(getTranslation("my-help.made-by"));
        historyGrid.setItems(history);
        historyGrid.setAllRowsVisible(true);
        historyGrid.setAriaLabel(getTranslation("my-help.history"));
        historyGrid.addClassName("history-grid");
        add(historyGrid);

        municipalities.byId(overview.citizen().getMunicipalityId()).ifPresent(m ->
                add(new Paragraph(new Anchor("kommune/" + m.getCode() + "/leverandoerer", getTranslation("my-help.compare")))));
    }

    private void renderRequests(CitizenService.Overview overview) {
        List<SwitchRequest> requests = switches.requestsOf(overview.citizen().getId());
        if (requests.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("my-help.requests")));
        Grid<RequestRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RequestRow::area).setHeader(getTranslation("my-help.area"));
        grid.addColumn(RequestRow::change).setHeader(getTranslation("my-help.request-change"));
        grid.addColumn(r -> Formats.date(r.request().getEffectiveDate(), getLocale())).setHeader(getTranslation("my-help.request-effective"));
        grid.addColumn(RequestRow::status).setHeader(getTranslation("my-help.request-status"));
        grid.addColumn(RequestRow::requestedBy).setHeader(getTranslation("my-help.made-by"));
        if (overview.mayAct()) {
            grid.addComponentColumn(row -> {
                if (!row.request().getStatus().isOpen()) {
                    return new Span();
                }
                Button cancel = new Button(getTranslation("my-help.cancel-request", row.area()));
                cancel.addClassName("cancel-request");
                cancel.addClickListener(e -> {
                    switches.cancel(row.request().getId());
                    render(citizens.overview(overview.citizen().getId()), CurrentUser.require());
                });
                return cancel;
            }).setHeader(getTranslation("my-help.cancel")).setKey("cancel").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(requests.stream().map(r -> new RequestRow(r, areaName(r.getServiceAreaId()),
                (r.getFromProviderId() == null ? "" : providerName(r.getFromProviderId()) + " → ") + providerName(r.getToProviderId()),
                getTranslation("switch-status." + r.getStatus())
                        + (r.getDecisionReason() == null ? "" : ": " + r.getDecisionReason()),
                r.getRequestedByRelativeId() != null ? getTranslation("my-help.made-by-relative", citizens.relativeName(r.getRequestedByRelativeId()))
                        : citizenAsActor(overview))).toList());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("my-help.requests"));
        grid.addClassName("requests-grid");
        add(grid);
    }

    /** "Dig" to the citizen; the citizen's name to a relative looking on. */
    private String citizenAsActor(CitizenService.Overview overview) {
        return CurrentUser.require().role() == Role.CITIZEN ? getTranslation("my-help.made-by-citizen") : overview.citizen().fullName();
    }

    private boolean hasProvider(CitizenService.Overview overview, Grant grant, LocalDate today) {
        return overview.choices().stream().anyMatch(c -> c.getServiceAreaId().equals(grant.getServiceAreaId())
                && (c.getValidTo() == null || !c.getValidTo().isBefore(today)));
    }

    private String currentProvider(CitizenService.Overview overview, Grant grant, LocalDate today) {
        return overview.currentChoices(today).stream()
                .filter(c -> c.getServiceAreaId().equals(grant.getServiceAreaId()))
                .findFirst().map(c -> providerName(c.getProviderId()))
                .orElse(getTranslation("my-help.no-provider"));
    }

    private String madeBy(ProviderChoice choice, CitizenService.Overview overview) {
        if (choice.getMadeByRelativeId() != null) {
            return getTranslation("my-help.made-by-relative", citizens.relativeName(choice.getMadeByRelativeId()));
        }
        return switch (choice.getReason()) {
            case DEFAULT_RULE, CONTINGENCY -> getTranslation("my-help.made-by-municipality");
            default -> citizenAsActor(overview);
        };
    }

    private String areaName(Long serviceAreaId) {
        return municipalities.serviceArea(serviceAreaId).map(ServiceArea::getName).orElse("");
    }

    private String providerName(Long providerId) {
        return providers.byId(providerId).map(Provider::getName).orElse("");
    }

    private String period(LocalDate from, LocalDate to) {
        return getTranslation("common.from", Formats.date(from, getLocale()))
                + (to == null ? "" : " " + getTranslation("common.to", Formats.date(to, getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my-help") + " – " + getTranslation("app.name");
    }
}
