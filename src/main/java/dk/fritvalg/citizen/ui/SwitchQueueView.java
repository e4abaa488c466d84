package dk.fritvalg.citizen.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.ui.Tables;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
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

    static final int PAGE = 25;

    private final SwitchService switches;
    private final Paragraph count = new Paragraph();
    private final Div rows = new Div();
    private final Button more = new Button();
    private final Div decision = new Div();
    private final Div feedback = new Div();
    private final DateTimeFormatter requested;
    private final List<QueueRow> shown = new ArrayList<>();

    public SwitchQueueView(SwitchService switches) {
        this.switches = switches;
        addClassName("page");
        add(new H1(getTranslation("queue.title")), new Paragraph(getTranslation("queue.intro")));
        count.setId("queue-count");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        requested = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Copenhagen"));
        more.setText(getTranslation("queue.more"));
        more.setId("queue-more");
        more.addClickListener(e -> showPages(shown.size() / PAGE + 1));
        decision.setId("decision");
        add(count, feedback, rows, more, decision);
        showPages(1);
    }

    /**
     * The oldest requests, {@code pages} pages of them, fetched a page at a time from the database. Each row has its
     * own "Afgør" button, so the way to approve or reject is in plain sight and Tab reaches it.
     */
    private void showPages(int pages) {
        shown.clear();
        for (int p = 0; p < pages; p++) {
            List<QueueRow> page = switches.queue(PageRequest.of(p, PAGE));
            shown.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        long waiting = switches.queueSize();
        count.setText(getTranslation("queue.count", waiting));
        more.setVisible(shown.size() < waiting);
        rows.removeAll();
        if (shown.isEmpty()) {
            return;
        }
        NativeTable table = Tables.table(getTranslation("queue.caption"), List.of(getTranslation("queue.citizen"),
                getTranslation("queue.area"), getTranslation("queue.from"), getTranslation("queue.to"), getTranslation("queue.effective"),
                getTranslation("queue.requested"), getTranslation("queue.by"), getTranslation("queue.decide-column")));
        table.setId("switch-queue");
        table.addClassName("help-table");
        for (QueueRow row : shown) {
            NativeTableRow line = Tables.row(table, row.citizenName(), row.area(), row.fromProvider(), row.toProvider(),
                    Formats.date(row.effectiveDate(), getLocale()), requested.format(row.requestedAt()),
                    getTranslation(row.byRelative() ? "queue.by-relative" : "queue.by-citizen"));
            Button open = new Button(getTranslation("queue.open"), e -> showDecision(row));
            open.getElement().setAttribute("aria-label", getTranslation("queue.open-aria", row.citizenName(), row.area()));
            open.addClassName("decide-button");
            Tables.cell(table, line).add(open);
        }
        rows.add(table);
    }

    /** The rows on the page now, oldest first. */
    List<QueueRow> shownRows() {
        return List.copyOf(shown);
    }

    void showDecision(QueueRow row) {
        decision.removeAll();
        if (row == null) {
            return;
        }
        H2 heading = new H2(getTranslation("queue.decide", row.citizenName(), row.area()));
        heading.setId("decision-heading");
        // The form opens below the list: the heading takes the focus, so screen readers and keyboard users go on from there.
        heading.getElement().setAttribute("tabindex", "-1");
        decision.add(heading);
        decision.add(new Paragraph(getTranslation("queue.decide-details", row.fromProvider(), row.toProvider(),
                Formats.date(row.effectiveDate(), getLocale()))));
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
        Div buttons = new Div(approve, reject);
        buttons.addClassName("action-row");
        decision.add(reason, buttons);
        heading.getElement().executeJs("this.focus()");
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
        showPages(Math.max(1, (shown.size() + PAGE - 1) / PAGE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title") + " – " + getTranslation("app.name");
    }
}
