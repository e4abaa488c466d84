package dk.fritvalg.settlement;

import java.util.List;

/**
 * One thing wrong in an imported file: where (file, line, field) and what, as a translation key with its values.
 *
 * @param line the line in the file, 1 being the header; 0 for the file as a whole
 */
public record VisitImportError(String file, int line, String field, String messageKey, List<Object> arguments) {

    public VisitImportError {
        arguments = List.copyOf(arguments);
    }

    static VisitImportError of(String file, int line, String field, String messageKey, Object... arguments) {
        return new VisitImportError(file, line, field, messageKey, List.of(arguments));
    }
}
