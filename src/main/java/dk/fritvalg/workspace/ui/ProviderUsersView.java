package dk.fritvalg.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import dk.fritvalg.workspace.ProviderUsers;
import java.time.ZoneId;

/** The provider organisation's users: invite a colleague by e-mail with a role, withdraw an invitation, remove a user. */
@Route("leverandoer/brugere")
@Menu(title = "menu.provider-users", order = 42)
@ViewPermission(Permission.MANAGE_PROVIDER_USERS)
public class ProviderUsersView extends Div implements HasDynamicTitle {

    private final ProviderUsers users;
    private final long organisationId;
    private final Long providerId;
    private final PortalUser me;
    private final Div message = new Div();
    private final UnorderedList userList = new UnorderedList();
    private final UnorderedList invitationList = new UnorderedList();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final Button invite = new Button();

    public ProviderUsersView(ProviderUsers users, AccessGuard accessGuard) {
        this.users = users;
        addClassName("page");
        me = CurrentUser.require();
        organisationId = accessGuard.requireOwn(Permission.MANAGE_PROVIDER_USERS).target() instanceof dk.fritvalg.security.Target.Organisation o
                ? o.organisationId() : 0;
        providerId = me.providerId();
        add(new H1(getTranslation("users.title")), new Paragraph(getTranslation("users.intro")), message);
        add(new H2(getTranslation("users.current")), userList);
        add(new H2(getTranslation("users.invitations")), invitationList);
        if (providerId != null) {
            email.setLabel(getTranslation("users.email"));
            email.setMaxLength(200);
            role.setLabel(getTranslation("users.role"));
            role.setItems(Role.PROVIDER_ORDER_HANDLER, Role.PROVIDER_ADMIN);
            role.setItemLabelGenerator(r -> getTranslation("users.role." + r));
            role.setValue(Role.PROVIDER_ORDER_HANDLER);
            invite.setText(getTranslation("users.invite"));
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            invite.addClickListener(e -> invite());
            add(new H2(getTranslation("users.invite.title")), new HorizontalLayout(email, role, invite));
        }
        refresh();
    }

    void invite() {
        message.removeAll();
        try {
            users.invite(organisationId, providerId, email.getValue(), role.getValue());
            message.add(Notices.success(getTranslation("users.invited", email.getValue())));
            email.clear();
        } catch (BusinessException e) {
            message.add(Notices.error(getTranslation(e.messageKey(), e.arguments())));
        }
        refresh();
    }

    private void refresh() {
        userList.removeAll();
        for (UserAccountService.OrganisationUser user : users.users(organisationId)) {
            ListItem item = new ListItem(new Span(user.displayName() + " (" + user.username() + ") – " + getTranslation("users.role." + user.role())));
            if (user.id() != me.id()) {
                Button remove = new Button(getTranslation("users.remove"), e -> act(() -> users.remove(organisationId, user.id()),
                        getTranslation("users.removed", user.displayName())));
                remove.getElement().setAttribute("aria-label", getTranslation("users.remove.of", user.displayName()));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                item.add(remove);
            }
            userList.add(item);
        }
        invitationList.removeAll();
        for (ProviderUsers.OpenInvitation invitation : users.openInvitations(organisationId)) {
            Button withdraw = new Button(getTranslation("users.withdraw"), e -> act(() -> users.withdraw(organisationId, invitation.id()),
                    getTranslation("users.withdrawn", invitation.email())));
            withdraw.getElement().setAttribute("aria-label", getTranslation("users.withdraw.of", invitation.email()));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            invitationList.add(new ListItem(new Span(getTranslation("users.invitation", invitation.email(),
                    getTranslation("users.role." + invitation.role()),
                    Formats.date(invitation.expiresAt().atZone(ZoneId.of("Europe/Copenhagen")).toLocalDate(), getLocale()))), withdraw));
        }
        if (invitationList.getChildren().findAny().isEmpty()) {
            invitationList.add(new ListItem(getTranslation("users.invitations.none")));
        }
    }

    private void act(Runnable action, String done) {
        message.removeAll();
        try {
            action.run();
            message.add(Notices.success(done));
        } catch (BusinessException e) {
            message.add(Notices.error(getTranslation(e.messageKey(), e.arguments())));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – " + getTranslation("app.name");
    }
}
