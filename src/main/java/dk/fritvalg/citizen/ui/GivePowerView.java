package dk.fritvalg.citizen.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.PowerOfAttorney;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.citizen.PowerOfAttorneyService;
import dk.fritvalg.citizen.PowerOfAttorneyService.GiveForm;
import dk.fritvalg.citizen.PowerOfAttorneyService.GivenPower;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.util.List;
import java.util.Map;

/** "Giv en pårørende fuldmagt": the citizen gives a relative a power of attorney, sees those she gave and revokes them. */
@Route("min-hjaelp/fuldmagter")
@Menu(title = "menu.give-power", order = 25)
@ViewPermission(Permission.GIVE_POWER_OF_ATTORNEY)
public class GivePowerView extends Div implements HasDynamicTitle {

    private final PowerOfAttorneyService powers;
    private final long citizenId;
    private final Div feedback = new Div();
    private final UnorderedList given = new UnorderedList();
    private final Paragraph none = new Paragraph();

    public GivePowerView(PowerOfAttorneyService powers) {
        this.powers = powers;
        this.citizenId = CurrentUser.require().citizenId();
        addClassName("page");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("give.title")), new Paragraph(getTranslation("give.intro")));
        form();
        add(feedback, new H2(getTranslation("give.list")), none, given);
        given.setId("given-powers");
        given.addClassName("link-list");
        none.setText(getTranslation("give.none"));
        refresh();
    }

    private void form() {
        TextField cpr = new TextField(getTranslation("give.relative-cpr"));
        cpr.setId("give-cpr");
        cpr.setRequired(true);
        cpr.setMaxLength(11);
        cpr.setHelperText(getTranslation("poa.cpr-help"));
        cpr.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        TextField firstName = new TextField(getTranslation("give.first-name"));
        firstName.setId("give-first-name");
        firstName.setRequired(true);
        firstName.setMaxLength(100);
        TextField lastName = new TextField(getTranslation("give.last-name"));
        lastName.setId("give-last-name");
        lastName.setRequired(true);
        lastName.setMaxLength(100);
        RadioButtonGroup<PowerOfAttorneyScope> scope = new RadioButtonGroup<>(getTranslation("give.scope"));
        scope.setId("give-scope");
        scope.setItems(PowerOfAttorneyScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("give.scope." + s));
        scope.setRequired(true);
        scope.addThemeName("vertical");
        DatePicker from = new DatePicker(getTranslation("give.valid-from"));
        from.setId("give-from");
        from.setHelperText(getTranslation("give.valid-from-help"));
        DatePicker to = new DatePicker(getTranslation("give.valid-to"));
        to.setId("give-to");
        to.setHelperText(getTranslation("give.valid-to-help"));
        Button submit = new Button(getTranslation("give.submit"), e -> {
            feedback.removeAll();
            List.<HasValidation>of(cpr, firstName, lastName, scope, from, to).forEach(f -> f.setInvalid(false));
            try {
                powers.give(citizenId, new GiveForm(cpr.getValue(), firstName.getValue(), lastName.getValue(), scope.getValue(),
                        from.getValue(), to.getValue()));
                String name = firstName.getValue().strip() + " " + lastName.getValue().strip();
                feedback.add(Notices.success(getTranslation("give.given", name)));
                cpr.clear();
                firstName.clear();
                lastName.clear();
                scope.clear();
                from.clear();
                to.clear();
                refresh();
            } catch (BusinessException ex) {
                String message = getTranslation(ex.messageKey(), ex.arguments());
                feedback.add(Notices.error(message));
                Map<String, List<HasValidation>> fields = Map.of("poa.error.cpr", List.of(cpr), "poa.error.self", List.of(cpr),
                        "poa.error.no-login", List.of(cpr), "poa.error.name", List.of(firstName, lastName),
                        "poa.error.name-length", List.of(firstName, lastName), "poa.error.scope", List.of(scope),
                        "poa.error.start-past", List.of(from), "poa.error.start-too-late", List.of(from),
                        "poa.error.end-past", List.of(to), "poa.error.period", List.of(to));
                fields.getOrDefault(ex.messageKey(), List.of()).forEach(field -> {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                });
            }
        });
        submit.setId("give-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(cpr, firstName, lastName, scope, from, to);
        add(new H2(getTranslation("give.form")), form, submit);
    }

    private void refresh() {
        given.removeAll();
        List<GivenPower> list = powers.given(citizenId);
        none.setVisible(list.isEmpty());
        given.setVisible(!list.isEmpty());
        for (GivenPower power : list) {
            String period = power.validTo() == null ? getTranslation("give.period-from", Formats.date(power.validFrom(), getLocale()))
                    : getTranslation("give.period-from-to", Formats.date(power.validFrom(), getLocale()),
                            Formats.date(power.validTo(), getLocale()));
            ListItem item = new ListItem(new Span(power.relativeName() + " – " + getTranslation("poa.scope-short." + power.scope())
                    + ". " + period + ". " + getTranslation("poa.state." + power.state()) + "."));
            item.setId("given-" + power.id());
            if (power.state() == PowerOfAttorney.State.WAITING || power.state() == PowerOfAttorney.State.ACTIVE) {
                Button revoke = new Button(getTranslation("give.revoke", power.relativeName()), e -> {
                    feedback.removeAll();
                    try {
                        powers.revoke(power.id());
                        feedback.add(Notices.success(getTranslation("give.revoked", power.relativeName())));
                    } catch (BusinessException ex) {
                        feedback.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
                    }
                    refresh();
                });
                revoke.setId("revoke-" + power.id());
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                item.add(new Div(revoke));
            }
            given.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("give.title") + " – " + getTranslation("app.name");
    }
}
