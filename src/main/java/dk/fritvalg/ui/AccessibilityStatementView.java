package dk.fritvalg.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The portal's accessibility statement (tilgængelighedserklæring) in the sections of the Danish standard form:
 * compliance status, what is not accessible and why, how the statement was prepared and tested, feedback and
 * contact, and the enforcement procedure with the Agency for Digital Government, with a link to its WAS tool.
 */
@Route("was")
@AnonymousAllowed
public class AccessibilityStatementView extends Div implements HasDynamicTitle {

    /** The Agency for Digital Government's tool where public bodies publish their accessibility statements. */
    static final String WAS_TOOL = "https://www.was.digst.dk/";

    /** The sections of the standard form, in order; each has a heading and one or more paragraphs or list items. */
    private static final String[] SECTIONS = {"status", "not-accessible", "prepared", "feedback", "enforcement"};

    public AccessibilityStatementView() {
        addClassNames("page", "statement-text");
        add(new H1(getTranslation("was.title")));
        add(new Paragraph(getTranslation("was.intro")));
        for (String section : SECTIONS) {
            add(new H2(getTranslation("was." + section + ".heading")));
            add(new Paragraph(getTranslation("was." + section + ".text")));
            if (section.equals("not-accessible")) {
                UnorderedList list = new UnorderedList();
                for (String item : getTranslation("was.not-accessible.items").split("\\|")) {
                    list.add(new ListItem(item.trim()));
                }
                add(list);
            }
        }
        Anchor was = new Anchor(WAS_TOOL, getTranslation("was.tool-link"));
        was.setTarget(AnchorTarget.BLANK);
        was.getElement().setAttribute("rel", "noopener");
        add(new Paragraph(was));
        add(new Paragraph(getTranslation("was.updated")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("was.title");
    }
}
