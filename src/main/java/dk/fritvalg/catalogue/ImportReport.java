package dk.fritvalg.catalogue;

import java.util.List;

/** The outcome of a catalogue import: files imported, files unchanged since last time, and errors. */
public record ImportReport(List<String> imported, List<String> unchanged, List<String> rejected, List<CatalogueError> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
