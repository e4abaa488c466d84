package dk.fritvalg.catalogue;

/** What is wrong in a catalogue file, and where: file, line and field. */
public record CatalogueError(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + (field == null ? "" : " [" + field + "]") + ": " + message;
    }
}
