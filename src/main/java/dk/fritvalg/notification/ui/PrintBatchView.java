package dk.fritvalg.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.fritvalg.notification.PrintBatches;
import dk.fritvalg.notification.PrintBatches.BatchRow;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Notices;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** Staff print the day's letters: one PDF per batch, a page per letter for window envelopes, then confirm them as sent. */
@Route("forvaltning/breve")
@Menu(title = "menu.letters", order = 57)
@ViewPermission(Permission.PRINT_LETTERS)
public class PrintBatchView extends Div implements HasDynamicTitle {

    private final PrintBatches printBatches;
    private final Paragraph waiting = new Paragraph();
    private final Div feedback = new Div();
    private final Grid<BatchRow> grid = new Grid<>();

    public PrintBatchView(PrintBatches printBatches) {
        this.printBatches = printBatches;
        addClassName("page");
        waiting.setId("letters-waiting");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        Button gather = new Button(getTranslation("letters.gather"), e -> gather());
        gather.setId("gather-letters");
        grid.setId("print-batches");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("letters.batches"));
        grid.addColumn(b -> when(b)).setHeader(getTranslation("letters.col.created"));
        grid.addColumn(BatchRow::letters).setHeader(getTranslation("letters.col.letters"));
        grid.addColumn(b -> b.confirmedAt() == null ? getTranslation("letters.not-confirmed")
                : getTranslation("letters.confirmed", format(b.confirmedAt()), b.confirmedBy())).setHeader(getTranslation("letters.col.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("letters.col.actions")).setKey("actions");
        add(new H1(getTranslation("letters.title")), new Paragraph(getTranslation("letters.intro")), waiting, gather, feedback,
                new H2(getTranslation("letters.batches")), grid);
        refresh();
    }

    private Div actions(BatchRow batch) {
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)").set("align-items", "center");
        long id = batch.id();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = printBatches.pdf(id);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "breve-" + id + ".pdf", "application/pdf", pdf.length);
        }), getTranslation("letters.download", batch.letters(), when(batch)));
        download.setId("download-batch-" + id);
        download.getElement().setAttribute("download", true);
        actions.add(download);
        if (batch.confirmedAt() == null) {
            Button confirm = new Button(getTranslation("letters.confirm", when(batch)), e -> confirm(id));
            confirm.setId("confirm-batch-" + id);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(confirm);
        }
        return actions;
    }

    private void gather() {
        feedback.removeAll();
        feedback.add(Notices.success(getTranslation(printBatches.gatherNow().isPresent() ? "letters.gathered" : "letters.nothing")));
        refresh();
    }

    private void confirm(long batchId) {
        feedback.removeAll();
        try {
            feedback.add(Notices.success(getTranslation("letters.confirm-done", printBatches.confirm(batchId))));
        } catch (BusinessException ex) {
            feedback.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
        }
        refresh();
    }

    private void refresh() {
        waiting.setText(getTranslation("letters.waiting", printBatches.waitingLetters()));
        List<BatchRow> batches = printBatches.recent();
        grid.setItems(batches);
        grid.setVisible(!batches.isEmpty());
    }

    private String when(BatchRow batch) {
        return format(batch.createdAt());
    }

    private String format(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Copenhagen")).format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("letters.title") + " – " + getTranslation("app.name");
    }
}
