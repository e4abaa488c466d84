package dk.fritvalg.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal's database lives when no {@code spring.datasource.url} is configured.
 *
 * @param name              the schema to use
 * @param preferLocalServer use a MariaDB already answering on {@code localHost:localPort} (as on CI) before
 *                          starting an embedded one
 * @param localHost         host of that local server
 * @param localPort         port of that local server
 * @param recreate          drop and create the schema once per JVM (tests start from a clean database)
 * @param embeddedDir       folder of the embedded MariaDB's data; it survives restarts
 * @param embeddedPort      port of the embedded MariaDB on 127.0.0.1; 0 picks a free one
 * @param embeddedUser      the application user of the embedded MariaDB
 * @param embeddedPassword  its password; when blank, one is generated at the first start and kept in
 *                          {@code embeddedDir/password}
 * @param embeddedAllowed   start the embedded MariaDB outside the demo and dev profiles too
 */
@ConfigurationProperties("fritvalg.database")
public record DatabaseProperties(
        String name,
        boolean preferLocalServer,
        String localHost,
        int localPort,
        boolean recreate,
        Path embeddedDir,
        int embeddedPort,
        String embeddedUser,
        String embeddedPassword,
        boolean embeddedAllowed) {

    public DatabaseProperties {
        name = name == null || name.isBlank() ? "fritvalg" : name;
        localHost = localHost == null ? "127.0.0.1" : localHost;
        localPort = localPort == 0 ? 3306 : localPort;
        embeddedDir = embeddedDir == null ? Path.of("data", "mariadb") : embeddedDir;
        embeddedUser = embeddedUser == null || embeddedUser.isBlank() ? "fritvalg" : embeddedUser;
    }
}
