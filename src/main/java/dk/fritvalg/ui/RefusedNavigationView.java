package dk.fritvalg.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A logged-in user opens a page their role may not see (a citizen at {@code /forvaltning/skift}): the same Danish
 * access-denied page as a refusal from a service, with status 403. It replaces Vaadin's own page, which is English
 * and in development mode lists every route of the portal.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RefusedNavigationView extends Div implements HasErrorParameter<AccessDeniedException> {

    public RefusedNavigationView() {
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPages.show(this, "access-denied", "error.denied");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
