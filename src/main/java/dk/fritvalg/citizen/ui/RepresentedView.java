package dk.fritvalg.citizen.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.EmailAddress;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.util.List;
import java.util.Objects;

/** A relative's home: the citizens who gave them a power of attorney, and what it lets them do. */
@Route("fuldmagter")
@Menu(title = "menu.powers", order = 20)
@ViewPermission(Permission.VIEW_OWN_POWERS_OF_ATTORNEY)
public class RepresentedView extends Div implements HasDynamicTitle {

    private final CitizenService citizens;

    public RepresentedView(CitizenService citizens) {
        this.citizens = citizens;
        addClassName("page");
        add(new H1(getTranslation("powers.title")));
        List<CitizenService.Represented> represented = citizens.representedByCurrentRelative();
        if (represented.isEmpty()) {
            add(new Paragraph(getTranslation("powers.none")));
        } else {
            list(represented);
        }
        contact();
    }

    private void list(List<CitizenService.Represented> represented) {
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

    /** The relative keeps their own e-mail and phone up to date: mail about the citizens they help goes there. */
    private void contact() {
        CitizenService.RelativeContact own = citizens.ownContact();
        add(new H2(getTranslation("powers.contact")), new Paragraph(getTranslation("powers.contact-intro")));
        EmailField email = new EmailField(getTranslation("poa.email"));
        email.setId("own-email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setValue(Objects.requireNonNullElse(own.email(), ""));
        TextField phone = new TextField(getTranslation("poa.phone"));
        phone.setId("own-phone");
        phone.setMaxLength(40);
        phone.setValue(Objects.requireNonNullElse(own.phone(), ""));
        Div feedback = new Div();
        feedback.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("powers.contact-save"), e -> {
            feedback.removeAll();
            email.setInvalid(false);
            phone.setInvalid(false);
            try {
                citizens.changeRelativeContact(own.relativeId(), email.getValue(), phone.getValue());
                feedback.add(Notices.success(getTranslation("powers.contact-saved")));
            } catch (BusinessException ex) {
                TextFieldBase<?, String> field = "poa.error.phone".equals(ex.messageKey()) ? phone : email;
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                field.setInvalid(true);
            }
        });
        save.setId("save-own-contact");
        add(new FormLayout(email, phone), save, feedback);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.powers") + " – " + getTranslation("app.name");
    }
}
