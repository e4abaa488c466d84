package dk.fritvalg.citizen.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.ui.Formats;
import java.util.List;

/** A relative's home: the citizens who gave them a power of attorney, and what it lets them do. */
@Route("fuldmagter")
@Menu(title = "menu.powers", order = 20)
@ViewPermission(Permission.VIEW_OWN_POWERS_OF_ATTORNEY)
public class RepresentedView extends Div implements HasDynamicTitle {

    public RepresentedView(CitizenService citizens) {
        addClassName("page");
        add(new H1(getTranslation("powers.title")));
        List<CitizenService.Represented> represented = citizens.representedByCurrentRelative();
        if (represented.isEmpty()) {
            add(new Paragraph(getTranslation("powers.none")));
            return;
        }
        add(new Paragraph(getTranslation("powers.intro")));
        UnorderedList list = new UnorderedList();
        list.addClassName("link-list");
        for (CitizenService.Represented r : represented) {
            ListItem item = new ListItem(new Anchor("min-hjaelp?borger=" + r.citizenId(), r.name()));
            String scope = getTranslation("poa-scope." + r.scope())
                    + (r.validTo() == null ? "" : ", " + getTranslation("common.to", Formats.date(r.validTo(), getLocale())));
            item.add(new Span(" – " + scope));
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.powers") + " – " + getTranslation("app.name");
    }
}
