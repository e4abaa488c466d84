package dk.fritvalg.provider.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderAgreement;
import dk.fritvalg.provider.ProviderProfile;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.ui.Formats;
import java.util.stream.Collectors;

/** The provider administrator's home: the profile citizens see and the agreements with the municipality. */
@Route("leverandoer")
@Menu(title = "menu.provider-home", order = 40)
@ViewPermission(Permission.VIEW_PROVIDER_WORKSPACE)
public class ProviderHomeView extends Div implements HasDynamicTitle {

    public ProviderHomeView(ProviderService providers, MunicipalityService municipalities) {
        addClassName("page");
        Long ownProvider = CurrentUser.require().providerId();
        if (ownProvider == null) {
            // An organisation not yet working in any municipality: its way in is an application for approval.
            add(new H1(getTranslation("provider-home.no-municipality.title")), new Paragraph(getTranslation("provider-home.no-municipality")),
                    new com.vaadin.flow.component.html.Anchor("leverandoer/ansoeg", getTranslation("provider-home.apply")));
            return;
        }
        long providerId = ownProvider;
        Provider provider = providers.workspace(providerId);
        ProviderProfile profile = provider.profile();
        add(new H1(provider.getName()));
        add(new Paragraph(getTranslation("provider-home.intro")));
        DescriptionList facts = new DescriptionList();
        term(facts, "provider.cvr", profile.cvr());
        term(facts, "provider.type", getTranslation("provider-type." + profile.type()));
        term(facts, "provider.address", String.join(", ", nonNull(profile.address()), nonNull(profile.postcode()) + " " + nonNull(profile.city())));
        term(facts, "provider.postcodes", String.join(", ", profile.postcodes().stream().sorted().toList()));
        term(facts, "provider.accepting", getTranslation(profile.acceptingNewCitizens() ? "common.yes" : "common.no"));
        term(facts, "provider.last-inspection", Formats.date(profile.lastInspection(), getLocale()));
        term(facts, "provider.updated", Formats.date(provider.getUpdatedAt().atZone(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME).toLocalDate(), getLocale()));
        add(facts);
        add(new H2(getTranslation("provider-home.agreements")));
        DescriptionList agreements = new DescriptionList();
        for (ProviderAgreement agreement : providers.agreements(providerId)) {
            String area = municipalities.serviceArea(agreement.getServiceAreaId()).map(a -> a.getName()).orElse("");
            String period = Formats.date(agreement.getValidFrom(), getLocale()) + " – "
                    + (agreement.getValidTo() == null ? getTranslation("common.open-ended") : Formats.date(agreement.getValidTo(), getLocale()));
            agreements.add(new DescriptionList.Term(area),
                    new DescriptionList.Description(getTranslation("agreement-model." + agreement.getModel()) + ", " + period));
        }
        add(agreements);
        add(new Paragraph(profile.languages().stream().collect(Collectors.joining(", ", getTranslation("provider.languages") + ": ", ""))));
        // Where the provider goes from here; the page also needs something the keyboard can reach (axe scrollable-region-focusable).
        add(new H2(getTranslation("provider-home.next")));
        com.vaadin.flow.component.html.UnorderedList next = new com.vaadin.flow.component.html.UnorderedList(
                new com.vaadin.flow.component.html.ListItem(new com.vaadin.flow.component.html.Anchor("leverandoer/bestillinger",
                        getTranslation("provider-home.orders-link"))));
        municipalities.byId(provider.getMunicipalityId()).ifPresent(m -> next.add(new com.vaadin.flow.component.html.ListItem(
                new com.vaadin.flow.component.html.Anchor("kommune/" + m.getCode() + "/leverandoerer/" + providerId,
                        getTranslation("provider-home.public-link")))));
        next.addClassName("link-list");
        add(next);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.provider-home") + " – " + getTranslation("app.name");
    }
}
