package dk.fritvalg.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;

/** Log in with user name and password, or with MitID where the municipality has turned it on. */
@Route("login")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(@Value("${fritvalg.mitid.enabled:false}") boolean mitIdEnabled) {
        addClassNames("page", "login-page");
        add(new H1(getTranslation("login.title")));
        if (mitIdEnabled) {
            Anchor mitId = new Anchor("oauth2/authorization/mitid", getTranslation("login.mitid"));
            mitId.addClassNames("button-link", "primary", "mitid");
            mitId.setRouterIgnore(true);
            add(new Paragraph(getTranslation("login.mitid-intro")), mitId, new Paragraph(getTranslation("login.or-password")));
        } else {
            add(new Paragraph(getTranslation("login.intro")));
        }
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form-title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error-title"));
        error.setMessage(getTranslation("login.error-message"));
        error.setUsername(getTranslation("login.username-required"));
        error.setPassword(getTranslation("login.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setError(true);
            Object last = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            // The same answer whether the user name exists or not: only the throttle, which counts typed names, differs.
            if (last instanceof LoginThrottledException) {
                LoginI18n i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled-title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.throttled-message"));
                form.setI18n(i18n);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
