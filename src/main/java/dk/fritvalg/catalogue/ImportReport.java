package dk.fritvalg.catalogue;

import java.util.List;

/**
 * The outcome of a catalogue import: files imported, files unchanged since last time, files refused with their errors,
 * and (at start) files changed since their import that were left alone because the portal now holds the data.
 */
public record ImportReport(List<String> imported, List<String> unchanged, List<String> rejected, List<CatalogueError> errors,
                           List<String> kept) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
