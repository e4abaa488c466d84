package dk.fritvalg.citizen.ui;

import com.vaadin.flow.component.grid.Grid;
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
import dk.fritvalg.security.Roles;
import dk.fritvalg.ui.Formats;
import jakarta.annotation.security.RolesAllowed;
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
@RolesAllowed({Roles.CITIZEN, Roles.RELATIVE})
public class MyHelpView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    record GrantRow(String area, int minutesPerWeek, String period, String provider) {
    }

    record ChoiceRow(String area, String provider, String period, String reason, String madeBy) {
    }

    private final CitizenService citizens;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final Clock clock;

    public MyHelpView(CitizenService citizens, MunicipalityService municipalities, ProviderService providers, Clock clock) {
        this.citizens = citizens;
        this.municipalities = municipalities;
        this.providers = providers;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalUser user = CurrentUser.require();
        Optional<Long> citizenId = user.role() == Role.CITIZEN
                ? Optional.ofNullable(user.citizenId())
                : event.getLocation().getQueryParameters().getSingleParameter("borger").flatMap(MyHelpView::parseId);
        if (citizenId.isEmpty()) {
            event.forwardTo(RepresentedView.class);
            return;
        }
        render(citizens.overview(citizenId.get()), user);
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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
                .map(g -> new GrantRow(areaName(g.getServiceAreaId()), g.getMinutesPerWeek(), period(g.getValidFrom(), g.getValidTo()),
                        currentProvider(overview, g, today)))
                .toList();
        if (grants.isEmpty()) {
            add(new Paragraph(getTranslation("my-help.no-grants")));
        } else {
            Grid<GrantRow> grid = new Grid<>();
            grid.addColumn(GrantRow::area).setHeader(getTranslation("my-help.area"));
            grid.addColumn(GrantRow::minutesPerWeek).setHeader(getTranslation("my-help.minutes-per-week"));
            grid.addColumn(GrantRow::period).setHeader(getTranslation("my-help.period"));
            grid.addColumn(GrantRow::provider).setHeader(getTranslation("my-help.provider"));
            grid.setItems(grants);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel(getTranslation("my-help.grants"));
            grid.addClassName("grants-grid");
            add(grid);
        }

        add(new H2(getTranslation("my-help.history")));
        List<ChoiceRow> history = overview.choices().stream()
                .map(c -> new ChoiceRow(areaName(c.getServiceAreaId()), providerName(c.getProviderId()),
                        period(c.getValidFrom(), c.getValidTo()), getTranslation("choice-reason." + c.getReason()), madeBy(c)))
                .toList();
        Grid<ChoiceRow> historyGrid = new Grid<>();
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

    private String currentProvider(CitizenService.Overview overview, Grant grant, LocalDate today) {
        return overview.currentChoices(today).stream()
                .filter(c -> c.getServiceAreaId().equals(grant.getServiceAreaId()))
                .findFirst().map(c -> providerName(c.getProviderId()))
                .orElse(getTranslation("my-help.no-provider"));
    }

    private String madeBy(ProviderChoice choice) {
        if (choice.getMadeByRelativeId() != null) {
            return getTranslation("my-help.made-by-relative", citizens.relativeName(choice.getMadeByRelativeId()));
        }
        return switch (choice.getReason()) {
            case DEFAULT_RULE, CONTINGENCY -> getTranslation("my-help.made-by-municipality");
            default -> getTranslation("my-help.made-by-citizen");
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
