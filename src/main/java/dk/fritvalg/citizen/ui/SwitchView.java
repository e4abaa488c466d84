package dk.fritvalg.citizen.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenContext;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.citizen.SwitchRequest;
import dk.fritvalg.citizen.SwitchService;
import dk.fritvalg.citizen.SwitchService.Option;
import dk.fritvalg.citizen.SwitchService.Plan;
import dk.fritvalg.citizen.SwitchStatus;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.util.Optional;

/**
 * Choose or switch provider for one service area: the providers the citizen may pick, the date the
 * choice takes effect and whether the municipality must approve it, all shown before confirming.
 * {@code ?borger=<citizen id>&omraade=<service area id>}.
 */
@Route("min-hjaelp/skift")
@ViewPermission(Permission.SWITCH_PROVIDER)
public class SwitchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SwitchService switches;
    private final CitizenService citizens;
    private String title = "";

    public SwitchView(SwitchService switches, CitizenService citizens) {
        this.switches = switches;
        this.citizens = citizens;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> citizenId = CitizenContext.resolve(event, citizens);
        Optional<Long> areaId = event.getLocation().getQueryParameters().getSingleParameter("omraade").flatMap(CitizenContext::parse);
        if (citizenId.isEmpty() || areaId.isEmpty()) {
            event.forwardTo(MyHelpView.class);
            return;
        }
        Plan plan;
        try {
            plan = switches.plan(citizenId.get(), areaId.get());
        } catch (BusinessException notHere) {
            // An area from an old link or another municipality: say why, and lead back to Min hjælp.
            removeAll();
            title = getTranslation("my-help.title");
            add(new H1(title), Notices.error(getTranslation(notHere.messageKey(), notHere.arguments())),
                    backLink(citizenId.get()));
            return;
        }
        render(plan);
    }

    private void render(Plan plan) {
        removeAll();
        String area = plan.area().getName();
        title = getTranslation(plan.firstChoice() ? "switch.title-first" : "switch.title", area);
        add(new H1(title));
        add(new Paragraph(getTranslation("switch.for", plan.citizenName())));
        if (plan.area().getKind() == ServiceAreaKind.INTEGRATED_CARE) {
            add(new Paragraph(getTranslation("switch.integrated-care")));
        }
        if (plan.currentProviderId() != null) {
            add(new Paragraph(getTranslation("switch.current", plan.currentProviderName())));
        }
        Div feedback = new Div();
        feedback.setId("switch-feedback");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");

        if (plan.openRequest().isPresent()) {
            SwitchRequest open = plan.openRequest().get();
            add(Notices.notice(getTranslation("switch.already-open", Formats.date(open.getEffectiveDate(), getLocale()))), backLink(plan.citizenId()));
            return;
        }
        plan.defaultProvider().ifPresent(d -> add(Notices.notice(getTranslation("switch.default", d.name(),
                Formats.date(plan.defaultFrom(), getLocale())))));
        if (plan.area().getKind() == ServiceAreaKind.REHABILITATION && plan.rehabilitationModel() != null) {
            add(Notices.notice(getTranslation("switch.rehabilitation." + plan.rehabilitationModel())));
            plan.proposed().ifPresent(p -> add(Notices.notice(getTranslation("switch.proposed", p.name()))));
        }
        if (plan.options().isEmpty()) {
            add(Notices.notice(getTranslation("switch.no-options")), backLink(plan.citizenId()));
            return;
        }
        add(new H2(getTranslation("switch.pick")));
        RadioButtonGroup<Option> choice = new RadioButtonGroup<>(getTranslation("switch.providers"));
        choice.setId("provider-choice");
        choice.setItems(plan.options());
        choice.setItemLabelGenerator(o -> o.name() + " (" + getTranslation(o.type() == ProviderType.MUNICIPAL ? "switch.municipal" : "switch.private") + ")"
                + (o.proposed() ? " – " + getTranslation("switch.proposed-label") : ""));
        choice.addThemeName("vertical");
        choice.setRequired(true);
        plan.proposed().ifPresent(choice::setValue);
        add(choice);

        add(new H2(getTranslation("switch.when")));
        Paragraph effective = new Paragraph(getTranslation(plan.firstChoice() ? "switch.effective-first" : "switch.effective",
                Formats.date(plan.effectiveDate(), getLocale())));
        effective.setId("effective-date");
        effective.addClassName("effective-date");
        add(effective);
        if (plan.needsApproval()) {
            add(Notices.notice(getTranslation("switch.needs-approval")));
        }
        Button confirm = new Button(getTranslation(plan.firstChoice() ? "switch.confirm-first" : "switch.confirm"));
        confirm.setId("confirm-switch");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("switch.error.pick-one"));
                return;
            }
            try {
                SwitchRequest request = switches.request(plan.citizenId(), plan.area().getId(), choice.getValue().providerId());
                removeAll();
                add(new H1(title));
                Paragraph done = Notices.success(getTranslation(doneKey(request), choice.getValue().name(),
                        Formats.date(request.getEffectiveDate(), getLocale())));
                done.setId("switch-done");
                add(done, backLink(plan.citizenId()));
            } catch (BusinessException ex) {
                feedback.removeAll();
                feedback.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
            }
        });
        add(feedback, confirm, backLink(plan.citizenId()));
    }

    private static String doneKey(SwitchRequest request) {
        if (request.getStatus() == SwitchStatus.PENDING_APPROVAL) {
            return "switch.done-pending";
        }
        return request.getStatus() == SwitchStatus.EFFECTIVE ? "switch.done-effective" : "switch.done-scheduled";
    }

    private Anchor backLink(Plan plan) {
        return backLink(plan.citizenId());
    }

    private Anchor backLink(long citizenId) {
        Anchor back = new Anchor("min-hjaelp?borger=" + citizenId, getTranslation("switch.back"));
        back.setId("back-to-my-help");
        return back;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
