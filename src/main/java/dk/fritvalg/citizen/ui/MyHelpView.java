package dk.fritvalg.citizen.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import dk.fritvalg.ui.Tables;
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
        boolean forOther = user.role() != Role.CITIZEN;
        String name = overview.citizen().fullName();
        add(new H1(forOther ? getTranslation("my-help.title-for", name) : getTranslation("my-help.title")));
        if (forOther) {
            Paragraph acting = new Paragraph(getTranslation(overview.mayAct() ? "my-help.acting-for" : "my-help.viewing-for", name));
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
            // A short list: one card per area, so that long names wrap and Tab reaches every button.
            Div cards = new Div();
            cards.addClassName("grant-cards");
            cards.setId("grants");
            long citizenId = overview.citizen().getId();
            for (GrantRow row : grants) {
                Section card = new Section();
                card.addClassName("grant-card");
                DescriptionList facts = new DescriptionList();
                facts.add(new DescriptionList.Term(getTranslation("my-help.provider")), new DescriptionList.Description(row.provider()));
                facts.add(new DescriptionList.Term(getTranslation("my-help.minutes-per-week")),
                        new DescriptionList.Description(Integer.toString(row.minutesPerWeek())));
                facts.add(new DescriptionList.Term(getTranslation("my-help.period")), new DescriptionList.Description(row.period()));
                card.add(new H3(row.area()), facts);
                // Only what the user may do: a relative with a power to view sees no button.
                if (overview.mayAct()) {
                    Button change = new Button(getTranslation(row.hasProvider() ? "my-help.switch" : "my-help.choose", row.area()));
                    change.addClassName("switch-button");
                    change.addClickListener(e -> UI.getCurrent().navigate(SwitchView.class, QueryParameters.simple(
                            Map.of("borger", String.valueOf(citizenId), "omraade", String.valueOf(row.areaId())))));
                    card.add(change);
                }
                cards.add(card);
            }
            add(cards);
        }

        renderRequests(overview, forOther);

        add(new H2(getTranslation(forOther ? "my-help.history-for" : "my-help.history", name)));
        NativeTable history = Tables.table(null, List.of(getTranslation("my-help.area"), getTranslation("my-help.provider"),
                getTranslation("my-help.period"), getTranslation("my-help.reason"), getTranslation("my-help.made-by")));
        history.setId("history");
        history.addClassName("help-table");
        for (ProviderChoice c : overview.choices()) {
            Tables.row(history, areaName(c.getServiceAreaId()), providerName(c.getProviderId()), period(c.getValidFrom(), c.getValidTo()),
                    getTranslation("choice-reason." + c.getReason()), madeBy(c, overview));
        }
        add(history);

        municipalities.byId(overview.citizen().getMunicipalityId()).ifPresent(m ->
                add(new Paragraph(new Anchor("kommune/" + m.getCode() + "/leverandoerer", getTranslation("my-help.compare")))));
    }

    private void renderRequests(CitizenService.Overview overview, boolean forOther) {
        List<SwitchRequest> requests = switches.requestsOf(overview.citizen().getId());
        if (requests.isEmpty()) {
            return;
        }
        add(new H2(getTranslation(forOther ? "my-help.requests-for" : "my-help.requests", overview.citizen().fullName())));
        List<String> headers = new java.util.ArrayList<>(List.of(getTranslation("my-help.area"), getTranslation("my-help.request-change"),
                getTranslation("my-help.request-effective"), getTranslation("my-help.request-status"), getTranslation("my-help.made-by")));
        if (overview.mayAct()) {
            headers.add(getTranslation("my-help.cancel"));
        }
        NativeTable table = Tables.table(null, headers);
        table.setId("requests");
        table.addClassName("help-table");
        for (SwitchRequest r : requests) {
            String area = areaName(r.getServiceAreaId());
            NativeTableRow row = Tables.row(table, area,
                    (r.getFromProviderId() == null ? "" : providerName(r.getFromProviderId()) + " → ") + providerName(r.getToProviderId()),
                    Formats.date(r.getEffectiveDate(), getLocale()),
                    getTranslation("switch-status." + r.getStatus()) + (r.getDecisionReason() == null ? "" : ": " + r.getDecisionReason()),
                    r.getRequestedByRelativeId() != null ? getTranslation("my-help.made-by-relative", citizens.relativeName(r.getRequestedByRelativeId()))
                            : citizenAsActor(overview));
            if (overview.mayAct()) {
                NativeTableCell cell = Tables.cell(table, row);
                if (r.getStatus().isOpen()) {
                    Button cancel = new Button(getTranslation("my-help.cancel-request", area));
                    cancel.addClassName("cancel-request");
                    cancel.addClickListener(e -> {
                        switches.cancel(r.getId());
                        render(citizens.overview(overview.citizen().getId()), CurrentUser.require());
                    });
                    cell.add(cancel);
                }
            }
        }
        add(table);
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
