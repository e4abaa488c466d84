package dk.fritvalg.provider.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderProfile;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Public: the providers a citizen can choose today, per service area. */
@Route("kommune/:code/leverandoerer")
@AnonymousAllowed
public class ProviderListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final Clock clock;
    private String title = "";

    public ProviderListView(MunicipalityService municipalities, ProviderService providers, Clock clock) {
        this.municipalities = municipalities;
        this.providers = providers;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Municipality municipality = municipalities.byCode(code).filter(Municipality::isOnPortal).orElseThrow(NotFoundException::new);
        removeAll();
        title = getTranslation("providers.title", municipality.getName());
        add(new H1(title));
        add(new Paragraph(getTranslation("providers.intro")));
        LocalDate today = LocalDate.now(clock);
        for (ServiceArea area : municipalities.serviceAreas(municipality.getId())) {
            add(new H2(area.getName()));
            List<Provider> selectable = providers.selectable(municipality.getId(), area.getId(), today);
            if (selectable.isEmpty()) {
                add(new Paragraph(getTranslation("providers.none")));
                continue;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("provider-list");
            for (Provider provider : selectable) {
                ProviderProfile profile = provider.profile();
                ListItem item = new ListItem();
                item.addClassName("provider-card");
                Span name = new Span(provider.getName());
                name.addClassName("provider-name");
                Span type = new Span(getTranslation("provider-type." + provider.getType()));
                type.addClassNames("badge", provider.getType() == ProviderType.MUNICIPAL ? "municipal" : "private");
                item.add(name, type);
                if (profile.description() != null) {
                    item.add(new Paragraph(profile.description()));
                }
                if (!profile.acceptingNewCitizens()) {
                    Paragraph full = new Paragraph(getTranslation("providers.not-accepting"));
                    full.addClassName("notice");
                    item.add(full);
                }
                if (profile.phone() != null) {
                    item.add(new Paragraph(getTranslation("landing.phone") + ": " + profile.phone()));
                }
                list.add(item);
            }
            add(list);
        }
        add(new Anchor("kommune/" + code, getTranslation("providers.back", municipality.getName())));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
