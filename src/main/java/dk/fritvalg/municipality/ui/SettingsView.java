package dk.fritvalg.municipality.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.MunicipalitySettings;
import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.SettingsRules;
import dk.fritvalg.municipality.SwitchApproval;
import dk.fritvalg.municipality.SwitchRule;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Notices;
import java.util.List;
import java.util.Map;

/**
 * The municipal administrator's settings: how the municipality runs free choice. The form only shows the rules'
 * messages; the service checks them, refuses an edit made on an old copy, and writes each change to the log.
 */
@Route("forvaltning/indstillinger")
@Menu(title = "menu.settings", order = 60)
@ViewPermission(Permission.MANAGE_MUNICIPALITY_SETTINGS)
public class SettingsView extends Div implements HasDynamicTitle {

    private final MunicipalityService municipalities;
    private final RadioButtonGroup<ContractModel> contractModel = new RadioButtonGroup<>();
    private final RadioButtonGroup<RehabilitationModel> rehabilitationModel = new RadioButtonGroup<>();
    private final Checkbox continuity = new Checkbox();
    private final RadioButtonGroup<SwitchRule> switchRule = new RadioButtonGroup<>();
    private final IntegerField noticeDays = new IntegerField();
    private final IntegerField cutoffDay = new IntegerField();
    private final RadioButtonGroup<SwitchApproval> switchApproval = new RadioButtonGroup<>();
    private final IntegerField minimumGroupSize = new IntegerField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextField website = new TextField();
    private final Div feedback = new Div();
    private long version;

    public SettingsView(MunicipalityService municipalities) {
        this.municipalities = municipalities;
        addClassName("page");
        Municipality municipality = municipalities.ownMunicipality(Permission.MANAGE_MUNICIPALITY_SETTINGS);
        add(new H1(getTranslation("settings.title", municipality.getName())), new Paragraph(getTranslation("settings.intro")));

        contractModel.setLabel(getTranslation("settings.contract-model"));
        contractModel.setItems(ContractModel.values());
        contractModel.setItemLabelGenerator(m -> getTranslation("contract-model." + m));
        rehabilitationModel.setLabel(getTranslation("settings.rehabilitation-model"));
        rehabilitationModel.setItems(RehabilitationModel.values());
        rehabilitationModel.setItemLabelGenerator(m -> getTranslation("rehabilitation-model." + m));
        continuity.setLabel(getTranslation("settings.rehabilitation-continuity"));
        switchRule.setLabel(getTranslation("settings.switch-rule"));
        switchRule.setItems(SwitchRule.values());
        switchRule.setItemLabelGenerator(r -> getTranslation("settings.switch-rule." + r));
        switchRule.addValueChangeListener(e -> showRuleFields());
        noticeDays.setLabel(getTranslation("settings.notice-days"));
        noticeDays.setMin(0);
        noticeDays.setMax(SettingsRules.MAXIMUM_NOTICE_DAYS);
        cutoffDay.setLabel(getTranslation("settings.cutoff-day"));
        cutoffDay.setHelperText(getTranslation("settings.cutoff-day.help", SettingsRules.LAST_CUTOFF_DAY));
        cutoffDay.setMin(1);
        cutoffDay.setMax(SettingsRules.LAST_CUTOFF_DAY);
        switchApproval.setLabel(getTranslation("settings.switch-approval"));
        switchApproval.setItems(SwitchApproval.values());
        switchApproval.setItemLabelGenerator(a -> getTranslation("switch-approval." + a));
        minimumGroupSize.setLabel(getTranslation("settings.minimum-group-size"));
        minimumGroupSize.setHelperText(getTranslation("settings.minimum-group-size.help", SettingsRules.MINIMUM_GROUP_SIZE));
        minimumGroupSize.setMin(SettingsRules.MINIMUM_GROUP_SIZE);
        minimumGroupSize.setMax(SettingsRules.MAXIMUM_GROUP_SIZE);
        phone.setLabel(getTranslation("settings.phone"));
        phone.setMaxLength(40);
        email.setLabel(getTranslation("settings.email"));
        email.setMaxLength(200);
        website.setLabel(getTranslation("settings.website"));
        website.setMaxLength(300);
        website.setHelperText(getTranslation("settings.website.help"));
        List.of(contractModel, rehabilitationModel, switchRule, switchApproval).forEach(group -> group.addThemeName("vertical"));
        contractModel.setId("settings-contract-model");
        rehabilitationModel.setId("settings-rehabilitation-model");
        continuity.setId("settings-continuity");
        switchRule.setId("settings-switch-rule");
        noticeDays.setId("settings-notice-days");
        cutoffDay.setId("settings-cutoff-day");
        switchApproval.setId("settings-switch-approval");
        minimumGroupSize.setId("settings-minimum-group-size");
        phone.setId("settings-phone");
        email.setId("settings-email");
        website.setId("settings-website");

        FormLayout form = new FormLayout(contractModel, rehabilitationModel, continuity, switchRule, noticeDays, cutoffDay, switchApproval,
                minimumGroupSize, phone, email, website);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("40rem");
        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        feedback.getElement().setAttribute("aria-live", "polite");
        add(form, save, feedback);
        fill(municipality);

        add(new H2(getTranslation("settings.areas")));
        DescriptionList areas = new DescriptionList();
        for (ServiceArea area : municipalities.serviceAreas(municipality.getId())) {
            areas.add(new DescriptionList.Term(area.getName()),
                    new DescriptionList.Description(getTranslation("legal-basis." + area.getLegalBasis())));
        }
        add(areas);
    }

    private void fill(Municipality municipality) {
        MunicipalitySettings s = municipality.settings();
        version = municipality.getVersion();
        contractModel.setValue(s.contractModel());
        rehabilitationModel.setValue(s.rehabilitationModel());
        continuity.setValue(s.rehabilitationContinuity());
        switchRule.setValue(s.switchRule());
        noticeDays.setValue(s.switchNoticeDays());
        cutoffDay.setValue(s.switchCutoffDay());
        switchApproval.setValue(s.switchApproval());
        minimumGroupSize.setValue(s.minimumGroupSize());
        phone.setValue(s.contactPhone() == null ? "" : s.contactPhone());
        email.setValue(s.contactEmail() == null ? "" : s.contactEmail());
        website.setValue(s.website() == null ? "" : s.website());
        showRuleFields();
    }

    private void showRuleFields() {
        noticeDays.setVisible(switchRule.getValue() != SwitchRule.MONTHLY_CUTOFF);
        cutoffDay.setVisible(switchRule.getValue() == SwitchRule.MONTHLY_CUTOFF);
    }

    private void save() {
        feedback.removeAll();
        List<HasValidation> fields = List.of(contractModel, rehabilitationModel, switchRule, noticeDays, cutoffDay, switchApproval,
                minimumGroupSize, phone, email, website);
        fields.forEach(f -> f.setInvalid(false));
        try {
            Municipality saved = municipalities.changeSettings(version, new MunicipalitySettings(contractModel.getValue(),
                    rehabilitationModel.getValue(), continuity.getValue(), switchRule.getValue(), noticeDays.getValue(), cutoffDay.getValue(),
                    switchApproval.getValue(), minimumGroupSize.getValue() == null ? 0 : minimumGroupSize.getValue(), phone.getValue(),
                    email.getValue(), website.getValue()));
            fill(saved);
            feedback.add(Notices.success(getTranslation("settings.saved")));
        } catch (BusinessException ex) {
            String message = getTranslation(ex.messageKey(), ex.arguments());
            feedback.add(Notices.error(message));
            Map<String, HasValidation> byKey = Map.of("settings.error.contract-model", contractModel,
                    "settings.error.rehabilitation-model", rehabilitationModel, "settings.error.switch-rule", switchRule,
                    "settings.error.notice-days", noticeDays, "settings.error.cutoff-day", cutoffDay,
                    "settings.error.switch-approval", switchApproval, "settings.error.minimum-group-size", minimumGroupSize,
                    "settings.error.phone", phone, "settings.error.email", email, "settings.error.website", website);
            HasValidation field = byKey.get(ex.messageKey());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.settings") + " – " + getTranslation("app.name");
    }
}
