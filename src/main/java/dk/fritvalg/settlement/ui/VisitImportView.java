package dk.fritvalg.settlement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.settlement.VisitImportError;
import dk.fritvalg.settlement.VisitImportReport;
import dk.fritvalg.settlement.VisitImports;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Notices;
import dk.fritvalg.ui.Tables;
import java.util.List;

/** Finance staff upload the care system's visit file; the page says what was imported, or every error with line and field. */
@Route("okonomi/besoeg")
@Menu(title = "menu.settlement-visits", order = 80)
@ViewPermission(Permission.IMPORT_VISITS)
public class VisitImportView extends Div implements HasDynamicTitle {

    private final VisitImports imports;
    private final Div result = new Div();

    public VisitImportView(VisitImports imports) {
        this.imports = imports;
        addClassName("page");
        add(new H1(getTranslation("settlement.import.title")), new Paragraph(getTranslation("settlement.import.intro")),
                new Paragraph(getTranslation("settlement.import.format")));
        TextField source = new TextField(getTranslation("settlement.import.source"));
        source.setValue(VisitImports.DEFAULT_SOURCE);
        source.setMaxLength(60);
        source.setHelperText(getTranslation("settlement.import.source-help"));
        source.setId("visit-source");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            VisitImportReport report;
            BusinessException refused = null;
            try {
                report = imports.importCsv(metadata.fileName(), source.getValue(), bytes);
            } catch (BusinessException e) {
                report = null;
                refused = e;
            }
            VisitImportReport done = report;
            BusinessException error = refused;
            ui.access(() -> show(done, error));
        }));
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFileSize(VisitImports.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.setId("visit-upload");
        upload.addFileRejectedListener(e -> {
            result.removeAll();
            result.add(Notices.error(getTranslation("settlement.import.error.too-large", VisitImports.MAX_FILE_BYTES / (1024 * 1024))));
        });
        result.setId("import-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(source, upload, result);
    }

    /** Shows a report; public so tests and the page's upload handler use the same path. */
    public void show(VisitImportReport report, BusinessException error) {
        result.removeAll();
        if (error != null) {
            result.add(Notices.error(getTranslation(error.messageKey(), error.arguments())));
            return;
        }
        if (report.accepted()) {
            result.add(Notices.success(getTranslation("settlement.import.accepted", report.file(), report.rowsRead(), report.rowsNew(),
                    report.rowsChanged(), report.rowsUnchanged())));
            return;
        }
        result.add(Notices.error(getTranslation("settlement.import.rejected", report.file(), report.errors().size())));
        if (report.errorsCut()) {
            result.add(new Paragraph(getTranslation("settlement.import.errors-cut")));
        }
        result.add(new H2(getTranslation("settlement.import.errors")));
        NativeTable table = Tables.table(getTranslation("settlement.import.errors-caption", report.file()), List.of(
                getTranslation("settlement.import.file"), getTranslation("settlement.import.line"),
                getTranslation("settlement.import.field"), getTranslation("settlement.import.problem")));
        table.setId("import-errors");
        for (VisitImportError e : report.errors()) {
            Tables.row(table, e.file(), e.line() == 0 ? getTranslation("settlement.import.whole-file") : String.valueOf(e.line()),
                    e.field(), getTranslation(e.messageKey(), e.arguments().toArray()));
        }
        result.add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement.import.title") + " – " + getTranslation("app.name");
    }
}
