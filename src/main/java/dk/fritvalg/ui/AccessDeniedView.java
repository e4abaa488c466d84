package dk.fritvalg.ui;

import com.vaadin.flow.component.html.Div;
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
        ErrorPages.show(this, "access-denied", "error.denied");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
