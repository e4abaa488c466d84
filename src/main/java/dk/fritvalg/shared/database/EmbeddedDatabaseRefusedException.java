package dk.fritvalg.shared.database;

/** No database is configured outside the demo and dev profiles: the portal does not quietly start its own. */
class EmbeddedDatabaseRefusedException extends RuntimeException {

    EmbeddedDatabaseRefusedException() {
        super("No database is configured (SPRING_DATASOURCE_URL is not set), and the embedded MariaDB starts only in"
                + " the demo or dev profile or when FRITVALG_DATABASE_EMBEDDED_ALLOWED=true");
    }
}
