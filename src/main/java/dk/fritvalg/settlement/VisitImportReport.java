package dk.fritvalg.settlement;

import java.util.List;

/**
 * The outcome of importing one file (or one API batch). A file with any error is rejected as a whole: nothing in
 * it is imported ({@code accepted} false, all counts but {@code rowsRead} zero).
 */
public record VisitImportReport(String file, boolean accepted, int rowsRead, int rowsNew, int rowsChanged, int rowsUnchanged,
                                List<VisitImportError> errors, boolean errorsCut) {

    public VisitImportReport {
        errors = List.copyOf(errors);
    }
}
