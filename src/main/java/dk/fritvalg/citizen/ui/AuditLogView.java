package dk.fritvalg.citizen.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.AuditLog;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.ui.Notices;
import java.util.Arrays;
import java.util.Optional;

/**
 * Staff with the right role search their municipality's audit trail: by period, event, who acted and which
 * citizen (name, masked CPR number, or the whole CPR number). The list is paged in the database.
 */
@Route("forvaltning/log")
@Menu(title = "menu.audit-log", order = 90)
@ViewPermission(Permission.SEARCH_AUDIT_LOG)
public class AuditLogView extends Div implements HasDynamicTitle {

    private final AuditLog auditLog;
    private final CitizenService citizens;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Optional<AuditEvent>> event = new Select<>();
    private final TextField actor = new TextField();
    private final TextField citizen = new TextField();
    private final Paragraph count = new Paragraph();
    private final Div feedback = new Div();
    private final Grid<AuditLog.Entry> grid = new Grid<>();
    private AuditLog.Filter filter = AuditLog.Filter.none();

    public AuditLogView(AuditLog auditLog, CitizenService citizens) {
        this.auditLog = auditLog;
        this.citizens = citizens;
        addClassName("page");
        add(new H1(getTranslation("audit-log.title")), new Paragraph(getTranslation("audit-log.intro")));

        from.setLabel(getTranslation("audit-log.from"));
        to.setLabel(getTranslation("audit-log.to"));
        dk.fritvalg.ui.Pickers.localised(from);
        dk.fritvalg.ui.Pickers.localised(to);
        event.setLabel(getTranslation("audit-log.event"));
        event.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<AuditEvent>empty()),
                Arrays.stream(AuditEvent.values()).map(Optional::of)).toList());
        event.setItemLabelGenerator(e -> e.map(v -> getTranslation("audit.event-name." + v)).orElse(getTranslation("audit-log.any-event")));
        event.setValue(Optional.empty());
        actor.setLabel(getTranslation("audit-log.actor"));
        actor.setMaxLength(100);
        citizen.setLabel(getTranslation("audit-log.citizen"));
        citizen.setHelperText(getTranslation("audit-log.citizen-help"));
        citizen.setMaxLength(100);
        Button search = new Button(getTranslation("audit-log.search"), e -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(from, to, event, actor, citizen);
        feedback.getElement().setAttribute("aria-live", "polite");
        count.setId("audit-count");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> AuditTexts.when(e, getLocale())).setHeader(getTranslation("audit-log.when")).setAutoWidth(true);
        grid.addColumn(e -> AuditTexts.who(this, e)).setHeader(getTranslation("audit-log.who"));
        grid.addColumn(e -> e.citizenLabel() == null ? "" : e.citizenLabel()).setHeader(getTranslation("audit-log.for"));
        grid.addColumn(e -> AuditTexts.what(this, getLocale(), e)).setHeader(getTranslation("audit-log.what")).setFlexGrow(2);
        grid.setItems(query -> auditLog.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> auditLog.count(filter));
        grid.setAriaLabel(getTranslation("audit-log.title"));
        grid.setId("audit-log");
        grid.setHeight("60vh");
        add(form, search, feedback, count, grid);
        showCount();
    }

    private void search() {
        feedback.removeAll();
        try {
            filter = new AuditLog.Filter(from.getValue(), to.getValue(), event.getValue().orElse(null), actor.getValue(),
                    citizenId(), CprHasher.isWellFormed(citizen.getValue().replace("-", "")) ? null : citizen.getValue());
        } catch (BusinessException e) {
            feedback.add(Notices.error(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        grid.getDataProvider().refreshAll();
        showCount();
    }

    /** A whole CPR number is looked up among the municipality's citizens; no match finds nothing. */
    private Long citizenId() {
        String cpr = citizen.getValue().replace("-", "").strip();
        if (!CprHasher.isWellFormed(cpr)) {
            return null;
        }
        return citizens.findByCpr(cpr).map(CitizenService.CitizenSummary::id).orElse(-1L);
    }

    private void showCount() {
        count.setText(getTranslation("audit-log.count", auditLog.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit-log.title") + " – " + getTranslation("app.name");
    }
}
