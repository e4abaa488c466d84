package dk.fritvalg.municipality.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.MunicipalitySettings;
import java.util.Comparator;

/** Whom to call or write to: each municipality on the portal with the contact details it keeps in its settings. */
@Route("kontakt")
@AnonymousAllowed
public class ContactView extends Div implements HasDynamicTitle {

    public ContactView(MunicipalityService municipalities) {
        addClassName("page");
        add(new H1(getTranslation("contact.title")));
        add(new Paragraph(getTranslation("contact.intro")));
        municipalities.all().stream().filter(Municipality::isOnPortal)
                .sorted(Comparator.comparing(Municipality::getName))
                .forEach(municipality -> {
                    MunicipalitySettings settings = municipality.settings();
                    add(new H2(municipality.getName()));
                    UnorderedList lines = new UnorderedList();
                    if (settings.contactPhone() != null) {
                        lines.add(new ListItem(new Anchor("tel:" + settings.contactPhone().replace(" ", ""),
                                getTranslation("contact.phone", settings.contactPhone()))));
                    }
                    if (settings.contactEmail() != null) {
                        lines.add(new ListItem(new Anchor("mailto:" + settings.contactEmail(),
                                getTranslation("contact.email", settings.contactEmail()))));
                    }
                    if (settings.website() != null) {
                        lines.add(new ListItem(new Anchor(settings.website(),
                                getTranslation("contact.website", municipality.getName()))));
                    }
                    if (lines.getChildren().findAny().isEmpty()) {
                        lines.add(new ListItem(getTranslation("contact.none")));
                    }
                    add(lines);
                });
        add(new Paragraph(getTranslation("contact.privacy-note")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.title");
    }
}
