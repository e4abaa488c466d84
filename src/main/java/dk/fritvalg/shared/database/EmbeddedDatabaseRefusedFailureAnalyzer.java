package dk.fritvalg.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Spring Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
class EmbeddedDatabaseRefusedFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD for your MariaDB;"
                        + " or, to keep the data in an embedded MariaDB in FRITVALG_DATABASE_EMBEDDED_DIR (default data/mariadb),"
                        + " set FRITVALG_DATABASE_EMBEDDED_ALLOWED=true or run with the demo profile.",
                cause);
    }
}
