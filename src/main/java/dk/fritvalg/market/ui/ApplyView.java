package dk.fritvalg.market.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.ApprovalRequirements;
import dk.fritvalg.market.ProviderApplications;
import dk.fritvalg.market.Requirement;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.ProviderOrganisations;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A provider organisation applies for approval online: the municipality, the service areas, the postcodes, the
 * capacity, an address for the municipality's answer, and an answer to every requirement of the areas chosen. Evidence
 * is attached on the application's own page once it is sent.
 */
@Route("leverandoer/ansoeg")
@Menu(title = "menu.provider-apply", order = 45)
@ViewPermission(Permission.APPLY_FOR_APPROVAL)
public class ApplyView extends Div implements HasDynamicTitle {

    private final ProviderApplications applications;
    private final ApprovalRequirements requirements;
    private final MunicipalityService municipalities;
    private final Select<Municipality> municipality = new Select<>();
    private final CheckboxGroup<ServiceArea> areas = new CheckboxGroup<>();
    private final TextField postcodes = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final EmailField email = new EmailField();
    private final Div answersArea = new Div();
    private final Map<Long, TextArea> answers = new LinkedHashMap<>();
    private final Div feedback = MarketTexts.feedback("apply-feedback");

    public ApplyView(ProviderApplications applications, ApprovalRequirements requirements, MunicipalityService municipalities,
                     ProviderOrganisations organisations) {
        this.applications = applications;
        this.requirements = requirements;
        this.municipalities = municipalities;
        addClassName("page");
        add(new H1(getTranslation("market.apply.title")), new Paragraph(getTranslation("market.apply.intro")));
        municipality.setLabel(getTranslation("market.apply.municipality"));
        municipality.setItems(applications.municipalitiesOpenForApplications());
        municipality.setItemLabelGenerator(Municipality::getName);
        municipality.setId("apply-municipality");
        municipality.addValueChangeListener(e -> showAreas());
        areas.setLabel(getTranslation("market.apply.areas"));
        areas.setItemLabelGenerator(ServiceArea::getName);
        areas.setId("apply-areas");
        areas.addThemeName("vertical");
        areas.addValueChangeListener(e -> showAnswers());
        postcodes.setLabel(getTranslation("market.postcodes"));
        postcodes.setHelperText(getTranslation("market.apply.postcodes.help"));
        postcodes.setMaxLength(1000);
        postcodes.setId("apply-postcodes");
        capacity.setLabel(getTranslation("market.capacity"));
        capacity.setHelperText(getTranslation("market.apply.capacity.help"));
        capacity.setMin(1);
        capacity.setId("apply-capacity");
        email.setLabel(getTranslation("market.contact-email"));
        email.setMaxLength(200);
        email.setId("apply-email");
        PortalUser user = CurrentUser.require();
        Long organisationId = user.organisationId() != null ? user.organisationId()
                : user.providerId() == null ? null : organisations.organisationOf(user.providerId()).orElse(null);
        if (organisationId != null) {
            organisations.byId(organisationId).map(o -> o.getEmail()).ifPresent(email::setValue);
        }
        FormLayout form = new FormLayout(municipality, areas, postcodes, capacity, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("40rem");
        Button submit = new Button(getTranslation("market.apply.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-application");
        add(form, answersArea, submit, feedback);
    }

    private void showAreas() {
        areas.setItems(municipality.getValue() == null ? java.util.List.of() : municipalities.serviceAreas(municipality.getValue().getId()));
        showAnswers();
    }

    private void showAnswers() {
        Map<Long, String> typed = new HashMap<>();
        answers.forEach((id, field) -> typed.put(id, field.getValue()));
        answers.clear();
        answersArea.removeAll();
        for (ServiceArea area : areas.getValue().stream().sorted(Comparator.comparing(ServiceArea::getKind)).toList()) {
            answersArea.add(new H2(getTranslation("market.apply.requirements", area.getName())));
            for (Requirement r : requirements.of(area.getId())) {
                TextArea answer = new TextArea(MarketTexts.requirement(this, r));
                answer.setHelperText(r.evidenceRequired() ? getTranslation("market.apply.evidence-expected") : null);
                answer.setMaxLength(ProviderApplications.MAX_ANSWER);
                answer.setWidthFull();
                answer.setRequired(true);
                answer.setId("answer-" + r.id());
                answer.setValue(typed.getOrDefault(r.id(), ""));
                answers.put(r.id(), answer);
                answersArea.add(answer);
            }
        }
    }

    private void submit() {
        feedback.removeAll();
        postcodes.setInvalid(false);
        capacity.setInvalid(false);
        email.setInvalid(false);
        if (municipality.getValue() == null) {
            MarketTexts.error(this, feedback, new BusinessException("market.application.error.municipality"));
            return;
        }
        try {
            long id = applications.apply(new ProviderApplications.ApplicationForm(municipality.getValue().getId(),
                    areas.getValue().stream().map(ServiceArea::getId).collect(Collectors.toSet()), postcodes.getValue(), capacity.getValue(),
                    email.getValue(), answers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getValue()))));
            getUI().ifPresent(ui -> ui.navigate("leverandoer/ansoegninger/" + id));
        } catch (BusinessException ex) {
            String message = MarketTexts.error(this, feedback, ex);
            var field = switch (ex.messageKey()) {
                case "market.application.error.postcode", "market.application.error.no-postcode",
                     "market.application.error.too-many-postcodes" -> postcodes;
                case "market.application.error.capacity" -> capacity;
                case "market.application.error.email" -> email;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            if (ex.messageKey().equals("market.application.error.answer-missing")) {
                answers.values().stream().filter(a -> a.getValue().isBlank()).forEach(a -> {
                    a.setErrorMessage(getTranslation("market.apply.answer-required"));
                    a.setInvalid(true);
                });
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.apply.title") + " – " + getTranslation("app.name");
    }
}
