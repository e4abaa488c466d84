package dk.fritvalg.citizen.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dk.fritvalg.citizen.SwitchService;
import dk.fritvalg.citizen.SwitchService.QueueRow;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Staff: requests to switch provider that wait for the municipality's approval, oldest first. */
@Route("forvaltning/skift")
@Menu(title = "menu.switch-queue", order = 55)
@ViewPermission(Permission.DECIDE_SWITCH_REQUESTS)
public class SwitchQueueView extends Div implements HasDynamicTitle {

    private final SwitchService switches;
    private final Grid<QueueRow> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Div decision = new Div();
    private final Div feedback = new Div();

    public SwitchQueueView(SwitchService switches) {
        this.switches = switches;
        addClassName("page");
        add(new H1(getTranslation("queue.title")), new Paragraph(getTranslation("queue.intro")));
        count.setId("queue-count");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        DateTimeFormatter requested = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Copenhagen"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(QueueRow::citizenName).setHeader(getTranslation("queue.citizen"));
        grid.addColumn(QueueRow::area).setHeader(getTranslation("queue.area"));
        grid.addColumn(QueueRow::fromProvider).setHeader(getTranslation("queue.from"));
        grid.addColumn(QueueRow::toProvider).setHeader(getTranslation("queue.to"));
        grid.addColumn(r -> Formats.date(r.effectiveDate(), getLocale())).setHeader(getTranslation("queue.effective"));
        grid.addColumn(r -> requested.format(r.requestedAt())).setHeader(getTranslation("queue.requested"));
        grid.addColumn(r -> getTranslation(r.byRelative() ? "queue.by-relative" : "queue.by-citizen")).setHeader(getTranslation("queue.by"));
        grid.setItems(query -> switches.queue(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAriaLabel(getTranslation("queue.title"));
        grid.setId("switch-queue");
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> showDecision(e.getFirstSelectedItem().orElse(null)));
        add(count, feedback, grid, decision);
        refresh();
    }

    private void showDecision(QueueRow row) {
        decision.removeAll();
        if (row == null) {
            return;
        }
        decision.add(new H2(getTranslation("queue.decide", row.citizenName(), row.area())));
        TextArea reason = new TextArea(getTranslation("queue.reason"));
        reason.setId("reject-reason");
        reason.setHelperText(getTranslation("queue.reason-help"));
        reason.setMaxLength(SwitchService.REASON_LENGTH);
        reason.setWidthFull();
        Button approve = new Button(getTranslation("queue.approve"),
                e -> decide(() -> switches.approve(row.requestId()), "queue.approved", row, reason));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("queue.reject"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("switch.error.reason-required"));
                reason.focus();
                return;
            }
            decide(() -> switches.reject(row.requestId(), reason.getValue()), "queue.rejected", row, reason);
        });
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decision.add(reason, new Div(approve, reject));
    }

    private void decide(Runnable action, String doneKey, QueueRow row, TextArea reason) {
        feedback.removeAll();
        try {
            action.run();
            feedback.add(Notices.success(getTranslation(doneKey, row.citizenName(), row.area())));
        } catch (BusinessException ex) {
            String message = getTranslation(ex.messageKey(), ex.arguments());
            if (ex.messageKey().startsWith("switch.error.reason")) {
                // Said at the field, and what was written stays there to be shortened.
                reason.setErrorMessage(message);
                reason.setInvalid(true);
                return;
            }
            feedback.add(Notices.error(message));
        }
        decision.removeAll();
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("queue.count", switches.queueSize()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title") + " – " + getTranslation("app.name");
    }
}
