package dk.fritvalg.market.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.ApprovalRequirements;
import dk.fritvalg.market.Requirement;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;

/** The requirements for approval per service area and the decision time the municipality promises; procurement keeps them. */
@Route("marked/krav")
@Menu(title = "menu.market-requirements", order = 72)
@ViewPermission(Permission.VIEW_MARKET)
public class RequirementsView extends Div implements HasDynamicTitle {

    private final ApprovalRequirements requirements;
    private final MunicipalityService municipalities;
    private final boolean mayEdit;
    private final long municipalityId;
    private final Div feedback = MarketTexts.feedback("requirements-feedback");
    private final Div lists = new Div();

    public RequirementsView(ApprovalRequirements requirements, MunicipalityService municipalities, AccessGuard accessGuard) {
        this.requirements = requirements;
        this.municipalities = municipalities;
        this.municipalityId = municipalities.ownMunicipality(Permission.VIEW_MARKET).getId();
        this.mayEdit = accessGuard.allows(Permission.MANAGE_APPROVAL_REQUIREMENTS, Target.municipality(municipalityId));
        addClassName("page");
        add(new H1(getTranslation("market.requirements.title")), new Paragraph(getTranslation("market.requirements.intro")), feedback);
        IntegerField days = new IntegerField(getTranslation("market.requirements.decision-days"));
        days.setValue(requirements.decisionDays(municipalityId));
        days.setMin(1);
        days.setMax(365);
        days.setId("decision-days");
        days.setReadOnly(!mayEdit);
        add(days);
        if (mayEdit) {
            Button save = new Button(getTranslation("market.requirements.save-days"), e -> {
                try {
                    requirements.setDecisionDays(days.getValue() == null ? 0 : days.getValue());
                    days.setInvalid(false);
                    MarketTexts.success(feedback, getTranslation("market.requirements.days-saved"));
                } catch (BusinessException ex) {
                    days.setErrorMessage(MarketTexts.error(this, feedback, ex));
                    days.setInvalid(true);
                }
            });
            save.setId("save-decision-days");
            add(save);
        }
        add(lists);
        showLists();
    }

    private void showLists() {
        lists.removeAll();
        for (ServiceArea area : municipalities.serviceAreas(municipalityId)) {
            lists.add(new H2(area.getName()));
            UnorderedList list = new UnorderedList();
            for (Requirement r : requirements.of(area.getId())) {
                ListItem item = new ListItem(new Span(MarketTexts.requirement(this, r)
                        + (r.evidenceRequired() ? " (" + getTranslation("market.requirements.evidence") + ")" : "")));
                if (mayEdit) {
                    Button retire = new Button(getTranslation("market.requirements.retire"), e -> {
                        requirements.retire(r.id());
                        MarketTexts.success(feedback, getTranslation("market.requirements.retired"));
                        showLists();
                    });
                    retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    retire.getElement().setAttribute("aria-label", getTranslation("market.requirements.retire-named",
                            MarketTexts.requirement(this, r)));
                    item.add(retire);
                }
                list.add(item);
            }
            lists.add(list);
            if (mayEdit) {
                TextField text = new TextField(getTranslation("market.requirements.new", area.getName()));
                text.setMaxLength(500);
                text.setWidthFull();
                text.setId("new-requirement-" + area.getKind());
                Checkbox evidence = new Checkbox(getTranslation("market.requirements.evidence-required"));
                Button add = new Button(getTranslation("market.requirements.add"), e -> {
                    try {
                        requirements.add(area.getId(), text.getValue(), evidence.getValue());
                        MarketTexts.success(feedback, getTranslation("market.requirements.added", area.getName()));
                        showLists();
                    } catch (BusinessException ex) {
                        text.setErrorMessage(MarketTexts.error(this, feedback, ex));
                        text.setInvalid(true);
                    }
                });
                add.setId("add-requirement-" + area.getKind());
                lists.add(new Div(text, evidence, add));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.requirements.title") + " – " + getTranslation("app.name");
    }
}
