package dk.fritvalg.municipality.ui;

import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.MunicipalitySettings;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.security.Permission;

/** The municipal administrator's home: how the municipality runs free choice. */
@Route("forvaltning/indstillinger")
@Menu(title = "menu.settings", order = 60)
@ViewPermission(Permission.MANAGE_MUNICIPALITY_SETTINGS)
public class SettingsView extends Div implements HasDynamicTitle {

    public SettingsView(MunicipalityService municipalities) {
        addClassName("page");
        Municipality municipality = municipalities.ownMunicipality(Permission.MANAGE_MUNICIPALITY_SETTINGS);
        MunicipalitySettings s = municipality.settings();
        add(new H1(getTranslation("settings.title", municipality.getName())));
        DescriptionList list = new DescriptionList();
        term(list, "settings.contract-model", getTranslation("contract-model." + s.contractModel()));
        term(list, "settings.rehabilitation-model", getTranslation("rehabilitation-model." + s.rehabilitationModel()));
        term(list, "settings.rehabilitation-continuity", getTranslation(s.rehabilitationContinuity() ? "common.yes" : "common.no"));
        term(list, "settings.switch-rule", s.switchRule() == dk.fritvalg.municipality.SwitchRule.MONTHLY_CUTOFF
                ? getTranslation("switch-rule.explained.MONTHLY_CUTOFF", s.switchCutoffDay())
                : getTranslation("switch-rule.explained.NOTICE_DAYS", s.switchNoticeDays()));
        term(list, "settings.switch-approval", getTranslation("switch-approval." + s.switchApproval()));
        term(list, "settings.minimum-group-size", String.valueOf(s.minimumGroupSize()));
        add(list);
        add(new H2(getTranslation("settings.areas")));
        DescriptionList areas = new DescriptionList();
        for (ServiceArea area : municipalities.serviceAreas(municipality.getId())) {
            areas.add(new DescriptionList.Term(area.getName()),
                    new DescriptionList.Description(getTranslation("legal-basis." + area.getLegalBasis())));
        }
        add(areas);
        add(new Paragraph(getTranslation("settings.catalogue-note")));
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.settings") + " – " + getTranslation("app.name");
    }
}
