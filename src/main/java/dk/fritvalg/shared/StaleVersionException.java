package dk.fritvalg.shared;

/** A change was made from an old copy: someone else changed the record since (the version the caller had). */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super("The record has changed since; its version is now " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
