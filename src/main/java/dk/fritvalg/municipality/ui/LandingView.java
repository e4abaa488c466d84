package dk.fritvalg.municipality.ui;

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
import dk.fritvalg.municipality.MunicipalitySettings;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.SwitchRule;
import dk.fritvalg.shared.WebAddress;

/** A municipality's public page: free choice explained in plain language, with the way to compare and to log in. */
@Route("kommune/:code")
@AnonymousAllowed
public class LandingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MunicipalityService municipalities;
    private String title = "";

    public LandingView(MunicipalityService municipalities) {
        this.municipalities = municipalities;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Municipality municipality = municipalities.byCode(code).orElseThrow(NotFoundException::new);
        removeAll();
        title = getTranslation("landing.title", municipality.getName());
        add(new H1(title));
        if (!municipality.isOnPortal()) {
            add(new Paragraph(getTranslation("landing.not-on-portal", municipality.getName())));
            add(new Anchor("", getTranslation("landing.back-to-start")));
            return;
        }
        MunicipalitySettings settings = municipality.settings();
        add(new Paragraph(getTranslation("landing.intro")));
        add(new Paragraph(getTranslation("landing.always-choose-again")));

        Div actions = new Div();
        actions.addClassName("action-row");
        Anchor compare = new Anchor("kommune/" + code + "/leverandoerer", getTranslation("landing.compare"));
        compare.addClassNames("button-link", "primary");
        Anchor login = new Anchor("login", getTranslation("landing.login"));
        login.addClassName("button-link");
        actions.add(compare, login);
        add(actions);

        add(new H2(getTranslation("landing.areas")));
        UnorderedList areas = new UnorderedList();
        areas.addClassName("area-list");
        for (ServiceArea area : municipalities.serviceAreas(municipality.getId())) {
            ListItem item = new ListItem();
            Span name = new Span(area.getName());
            name.addClassName("area-name");
            Span law = new Span(" (" + getTranslation("legal-basis." + area.getLegalBasis()) + ")");
            law.addClassName("legal-basis");
            item.add(name, law);
            if (area.getDescription() != null) {
                item.add(new Paragraph(area.getDescription()));
            }
            areas.add(item);
        }
        add(areas);

        add(new H2(getTranslation("landing.how-it-works")));
        add(new Paragraph(getTranslation("contract-model.explained." + settings.contractModel())));
        add(new Paragraph(settings.switchRule() == SwitchRule.MONTHLY_CUTOFF
                ? getTranslation("switch-rule.explained.MONTHLY_CUTOFF", settings.switchCutoffDay())
                : getTranslation("switch-rule.explained.NOTICE_DAYS", settings.switchNoticeDays())));
        add(new Paragraph(getTranslation("switch-approval.explained." + settings.switchApproval())));
        add(new Paragraph(getTranslation("landing.addons")));

        add(new H2(getTranslation("landing.contact")));
        Div contact = new Div();
        contact.addClassName("contact");
        if (settings.contactPhone() != null) {
            contact.add(new Paragraph(getTranslation("landing.phone") + ": " + settings.contactPhone()));
        }
        if (settings.contactEmail() != null) {
            contact.add(new Paragraph(new Span(getTranslation("landing.email") + ": "),
                    new Anchor("mailto:" + settings.contactEmail(), settings.contactEmail())));
        }
        // Only http(s): a javascript: or other address is never made a link.
        WebAddress.safe(settings.website()).ifPresent(website ->
                contact.add(new Paragraph(new Anchor(website, getTranslation("landing.website", municipality.getName())))));
        add(contact);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
