package dk.fritvalg.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.security.AccessDeniedException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a service refuses the user (another citizen's data, another municipality's case): a plain
 * Danish page with status 403 instead of a stack trace. The refusal itself is logged by the access guard.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        H1 title = new H1(getTranslation("error.denied.title"));
        title.setId("access-denied");
        add(title, new Paragraph(getTranslation("error.denied.text")), new Anchor("", getTranslation("error.denied.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
