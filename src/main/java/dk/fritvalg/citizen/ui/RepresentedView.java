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
import dk.fritvalg.citizen.PowerOfAttorney;
import dk.fritvalg.citizen.PowerOfAttorneyService;
import com.vaadin.flow.component.button.ButtonVariant;
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
    private final PowerOfAttorneyService powers;
    private final Div waiting = new Div();

    public RepresentedView(CitizenService citizens, PowerOfAttorneyService powers) {
        this.citizens = citizens;
        this.powers = powers;
        addClassName("page");
        render(null);
    }

    /** The whole page; after an answer, with what became of it at the top. */
    private void render(com.vaadin.flow.component.Component message) {
        removeAll();
        add(new H1(getTranslation("powers.title")));
        if (message != null) {
            add(message);
        }
        waiting.setId("waiting-powers");
        add(waiting);
        waiting();
        List<CitizenService.Represented> represented = citizens.representedByCurrentRelative();
        if (represented.isEmpty()) {
            add(new Paragraph(getTranslation("powers.none")));
        } else {
            list(represented);
        }
        contact();
    }

    /** Powers given to her that wait for her answer: she accepts or declines each on her own login. */
    private void waiting() {
        waiting.removeAll();
        List<PowerOfAttorneyService.HeldPower> asked = powers.heldByCurrentRelative().stream()
                .filter(p -> p.state() == PowerOfAttorney.State.WAITING).toList();
        if (asked.isEmpty()) {
            return;
        }
        waiting.add(new H2(getTranslation("powers.waiting")));
        for (PowerOfAttorneyService.HeldPower power : asked) {
            String period = power.validTo() == null ? getTranslation("give.period-from", Formats.date(power.validFrom(), getLocale()))
                    : getTranslation("give.period-from-to", Formats.date(power.validFrom(), getLocale()),
                            Formats.date(power.validTo(), getLocale()));
            Paragraph text = new Paragraph(getTranslation("powers.waiting-intro", power.citizenName(),
                    getTranslation("mail.poa.scope." + power.scope()), period));
            Button accept = new Button(getTranslation("powers.accept", power.citizenName()), e -> answer(power, true));
            accept.setId("accept-" + power.id());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button(getTranslation("powers.decline", power.citizenName()), e -> answer(power, false));
            decline.setId("decline-" + power.id());
            Div buttons = new Div(accept, decline);
            buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
            Div item = new Div(text, buttons);
            item.addClassName("waiting-power");
            waiting.add(item);
        }
    }

    private void answer(PowerOfAttorneyService.HeldPower power, boolean accept) {
        try {
            if (accept) {
                powers.accept(power.id());
            } else {
                powers.decline(power.id());
            }
            render(Notices.success(getTranslation(accept ? "powers.accepted" : "powers.declined", power.citizenName())));
        } catch (BusinessException ex) {
            render(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
        }
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
