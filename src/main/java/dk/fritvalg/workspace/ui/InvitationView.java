package dk.fritvalg.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Notices;
import dk.fritvalg.workspace.ProviderUsers;

/** The page an invitation link opens: the invited colleague chooses a user name and password. Open without login. */
@Route("invitation")
@AnonymousAllowed
public class InvitationView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final ProviderUsers users;
    private final Div message = new Div();
    final TextField username = new TextField();
    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final Button accept = new Button();
    private String token;

    public InvitationView(ProviderUsers users) {
        this.users = users;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        removeAll();
        add(new H1(getTranslation("invitation.title")));
        users.invitation(token).ifPresentOrElse(details -> {
            add(new Paragraph(getTranslation("invitation.intro", details.providerName(), getTranslation("users.role." + details.role()),
                    details.email())), message);
            username.setLabel(getTranslation("invitation.username"));
            username.setHelperText(getTranslation("invitation.username.help"));
            name.setLabel(getTranslation("invitation.name"));
            password.setLabel(getTranslation("invitation.password"));
            password.setHelperText(getTranslation("invitation.password.help"));
            accept.setText(getTranslation("invitation.accept"));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.addClickListener(e -> accept());
            add(new FormLayout(username, name, password), accept);
        }, () -> add(Notices.error(getTranslation("invitation.error.expired"))));
    }

    void accept() {
        message.removeAll();
        try {
            users.accept(token, username.getValue(), name.getValue(), password.getValue());
            removeAll();
            add(new H1(getTranslation("invitation.title")), Notices.success(getTranslation("invitation.accepted")),
                    new Anchor("login", getTranslation("invitation.login")));
        } catch (BusinessException e) {
            message.add(Notices.error(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " – " + getTranslation("app.name");
    }
}
