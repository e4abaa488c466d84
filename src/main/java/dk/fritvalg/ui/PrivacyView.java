package dk.fritvalg.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** How the portal handles personal data, in plain Danish: who is responsible, what is kept, who sees it, the rights. */
@Route("privatliv")
@AnonymousAllowed
public class PrivacyView extends Div implements HasDynamicTitle {

    private static final String[] SECTIONS = {"responsible", "what", "why", "who", "how-long", "rights"};

    public PrivacyView() {
        addClassNames("page", "statement-text");
        add(new H1(getTranslation("privacy.title")));
        for (String section : SECTIONS) {
            add(new H2(getTranslation("privacy." + section + ".heading")));
            add(new Paragraph(getTranslation("privacy." + section + ".text")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
