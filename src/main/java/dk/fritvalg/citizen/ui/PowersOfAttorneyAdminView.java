package dk.fritvalg.citizen.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.citizen.CitizenService.CitizenSummary;
import dk.fritvalg.citizen.CitizenService.PowerOfAttorneyForm;
import dk.fritvalg.citizen.CitizenService.PowerRow;
import dk.fritvalg.citizen.PowerOfAttorney;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staff register and revoke the powers of attorney citizens of their municipality give relatives. */
@Route("forvaltning/fuldmagter")
@Menu(title = "menu.powers-admin", order = 56)
@ViewPermission(Permission.MANAGE_POWERS_OF_ATTORNEY)
public class PowersOfAttorneyAdminView extends Div implements HasDynamicTitle {

    private final CitizenService citizens;
    private final Clock clock;
    private final Div result = new Div();
    private final Div feedback = new Div();

    public PowersOfAttorneyAdminView(CitizenService citizens, Clock clock) {
        this.citizens = citizens;
        this.clock = clock;
        addClassName("page");
        add(new H1(getTranslation("poa.title")), new Paragraph(getTranslation("poa.intro")));
        TextField cpr = new TextField(getTranslation("poa.citizen-cpr"));
        cpr.setId("citizen-cpr");
        cpr.setHelperText(getTranslation("poa.cpr-help"));
        cpr.setMaxLength(11);
        Button find = new Button(getTranslation("poa.find"), e -> find(cpr));
        find.setId("find-citizen");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        add(new Div(cpr, find), feedback, result);
        heldByRelative();
    }

    /** What a relative holds: the powers citizens of this municipality gave her, waiting ones included. */
    private void heldByRelative() {
        TextField relativeCpr = new TextField(getTranslation("poa.held.cpr"));
        relativeCpr.setId("held-relative-cpr");
        relativeCpr.setHelperText(getTranslation("poa.cpr-help"));
        relativeCpr.setMaxLength(11);
        Grid<CitizenService.HeldPowerRow> held = new Grid<>();
        held.setId("held-grid");
        held.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        held.setAllRowsVisible(true);
        held.setAriaLabel(getTranslation("poa.held.title"));
        held.addColumn(r -> r.citizenName() + " (" + r.citizenCprMasked() + ")").setHeader(getTranslation("poa.held.citizen"));
        held.addColumn(r -> getTranslation("poa.scope-short." + r.scope())).setHeader(getTranslation("poa.scope"));
        held.addColumn(r -> Formats.date(r.validFrom(), getLocale()) + (r.validTo() == null ? "" : " – " + Formats.date(r.validTo(), getLocale())))
                .setHeader(getTranslation("poa.period"));
        held.addColumn(r -> getTranslation("poa.state." + r.state())).setHeader(getTranslation("poa.status"));
        held.setVisible(false);
        Paragraph none = new Paragraph(getTranslation("poa.held.none"));
        none.setVisible(false);
        Button show = new Button(getTranslation("poa.held.find"), e -> {
            try {
                relativeCpr.setInvalid(false);
                List<CitizenService.HeldPowerRow> rows = citizens.powersHeldByRelative(relativeCpr.getValue());
                held.setItems(rows);
                held.setVisible(!rows.isEmpty());
                none.setVisible(rows.isEmpty());
            } catch (BusinessException ex) {
                relativeCpr.setInvalid(true);
                relativeCpr.setErrorMessage(getTranslation(ex.messageKey()));
            }
        });
        show.setId("find-held");
        add(new H2(getTranslation("poa.held.title")), new Paragraph(getTranslation("poa.held.intro")), new Div(relativeCpr, show), none, held);
    }

    private void find(TextField cpr) {
        result.removeAll();
        feedback.removeAll();
        try {
            Optional<CitizenSummary> citizen = citizens.findByCpr(cpr.getValue());
            cpr.setInvalid(false);
            if (citizen.isEmpty()) {
                feedback.add(Notices.error(getTranslation("poa.not-found")));
                return;
            }
            show(citizen.get());
        } catch (BusinessException ex) {
            cpr.setInvalid(true);
            cpr.setErrorMessage(getTranslation(ex.messageKey()));
        }
    }

    private void show(CitizenSummary citizen) {
        result.removeAll();
        result.add(new H2(citizen.name() + " (" + citizen.cprMasked() + ")"), new Paragraph(citizen.address()));
        Grid<PowerRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("powers-grid");
        grid.addColumn(PowerRow::relativeName).setHeader(getTranslation("poa.relative"));
        grid.addColumn(r -> getTranslation("poa.scope-short." + r.scope())).setHeader(getTranslation("poa.scope"));
        grid.addColumn(r -> Formats.date(r.validFrom(), getLocale()) + (r.validTo() == null ? "" : " – " + Formats.date(r.validTo(), getLocale())))
                .setHeader(getTranslation("poa.period"));
        grid.addColumn(r -> getTranslation("poa.state." + r.state()) + (r.givenBy() == PowerOfAttorney.GivenBy.CITIZEN
                ? " (" + getTranslation("poa.given-by-citizen") + ")" : "")).setHeader(getTranslation("poa.status"));
        grid.addComponentColumn(r -> r.state() == PowerOfAttorney.State.ACTIVE || r.state() == PowerOfAttorney.State.WAITING ? new Button(getTranslation("poa.revoke", r.relativeName()), e -> {
            citizens.revokePowerOfAttorney(r.id());
            feedback.removeAll();
            feedback.add(Notices.success(getTranslation("poa.revoked", r.relativeName())));
            show(citizen);
        }) : new Span()).setHeader(getTranslation("poa.revoke-header")).setKey("revoke");
        grid.setItems(citizens.powersOfAttorney(citizen.id()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("poa.list", citizen.name()));
        result.add(grid);

        result.add(new H2(getTranslation("poa.new")));
        TextField relativeCpr = new TextField(getTranslation("poa.relative-cpr"));
        relativeCpr.setId("relative-cpr");
        relativeCpr.setRequired(true);
        relativeCpr.setMaxLength(11);
        TextField firstName = new TextField(getTranslation("poa.first-name"));
        firstName.setId("relative-first-name");
        firstName.setRequired(true);
        firstName.setMaxLength(100);
        TextField lastName = new TextField(getTranslation("poa.last-name"));
        lastName.setId("relative-last-name");
        lastName.setRequired(true);
        lastName.setMaxLength(100);
        EmailField email = new EmailField(getTranslation("poa.email"));
        email.setId("relative-email");
        email.setMaxLength(200);
        TextField phone = new TextField(getTranslation("poa.phone"));
        phone.setId("relative-phone");
        phone.setMaxLength(40);
        RadioButtonGroup<PowerOfAttorneyScope> scope = new RadioButtonGroup<>(getTranslation("poa.scope"));
        scope.setId("poa-scope");
        scope.setItems(PowerOfAttorneyScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("poa-scope-long." + s));
        scope.setRequired(true);
        scope.addThemeName("vertical");
        DatePicker from = new DatePicker(getTranslation("poa.valid-from"), LocalDate.now(clock));
        dk.fritvalg.ui.Pickers.localised(from);
        from.setId("poa-from");
        from.setRequired(true);
        DatePicker to = dk.fritvalg.ui.Pickers.localised(new DatePicker(getTranslation("poa.valid-to")));
        to.setId("poa-to");
        to.setHelperText(getTranslation("poa.valid-to-help"));
        TextArea reason = new TextArea(getTranslation("poa.reason"));
        reason.setId("poa-reason");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setHelperText(getTranslation("poa.reason-help"));
        FormLayout form = new FormLayout(relativeCpr, firstName, lastName, email, phone, scope, from, to, reason);
        Button register = new Button(getTranslation("poa.register"), e -> {
            feedback.removeAll();
            if (scope.getValue() == null) {
                scope.setInvalid(true);
                scope.setErrorMessage(getTranslation("poa.error.required"));
                return;
            }
            List.<HasValidation>of(relativeCpr, firstName, lastName, email, phone, from, to, reason).forEach(field -> field.setInvalid(false));
            try {
                citizens.registerPowerOfAttorney(citizen.id(), new PowerOfAttorneyForm(relativeCpr.getValue(), firstName.getValue(),
                        lastName.getValue(), email.getValue(), phone.getValue(), scope.getValue(), from.getValue(), to.getValue(),
                        reason.getValue()));
                feedback.add(Notices.success(getTranslation("poa.registered", citizen.name())));
                show(citizen);
            } catch (BusinessException ex) {
                String message = getTranslation(ex.messageKey(), ex.arguments());
                feedback.add(Notices.error(message));
                Map<String, List<HasValidation>> fields = Map.of("poa.error.cpr", List.of(relativeCpr),
                        "poa.error.name", List.of(firstName, lastName), "poa.error.name-length", List.of(firstName, lastName),
                        "poa.error.email", List.of(email), "poa.error.phone", List.of(phone), "poa.error.from-range", List.of(from),
                        "poa.error.period", List.of(to), "poa.error.to-range", List.of(to), "poa.error.reason", List.of(reason),
                        "poa.error.reason-length", List.of(reason));
                fields.getOrDefault(ex.messageKey(), List.of()).forEach(field -> {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                });
            }
        });
        register.setId("register-poa");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.add(form, register);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("poa.title") + " – " + getTranslation("app.name");
    }
}
