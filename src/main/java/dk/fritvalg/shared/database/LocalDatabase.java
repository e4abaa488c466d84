package dk.fritvalg.shared.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The database the portal uses when no {@code spring.datasource.url} is set: a MariaDB already answering locally
 * (tests and CI, when allowed) or the embedded one. A bean of the application context: the connection pool depends
 * on it, so the context closes the pool first and then {@link #close()} stops the embedded server.
 */
final class LocalDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalDatabase.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Set<String> RECREATED = new HashSet<>();
    private static final Profiles EMBEDDED_PROFILES = Profiles.of("demo", "dev");

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final EmbeddedMariaDb embedded;

    private LocalDatabase(String jdbcUrl, String user, String password, EmbeddedMariaDb embedded) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static LocalDatabase obtain(DatabaseProperties properties, Environment environment) {
        if (!SCHEMA_NAME.matcher(properties.name()).matches()) {
            throw new IllegalArgumentException("fritvalg.database.name must be lower-case letters, digits and _: " + properties.name());
        }
        LocalDatabase database;
        if (usesLocalServer(properties)) {
            log.info("Using the MariaDB server at {}:{}", properties.localHost(), properties.localPort());
            database = new LocalDatabase("jdbc:mariadb://" + properties.localHost() + ":" + properties.localPort() + "/",
                    "root", "", null);
        } else {
            if (!properties.embeddedAllowed() && !environment.acceptsProfiles(EMBEDDED_PROFILES)) {
                throw new EmbeddedDatabaseRefusedException();
            }
            EmbeddedMariaDb server = EmbeddedMariaDb.acquire(properties);
            database = new LocalDatabase(server.serverUrl(), server.user(), server.password(), server);
        }
        try {
            database.prepareSchema(properties);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** Whether {@link #obtain} will start the embedded server for these properties. */
    static boolean wouldStartEmbedded(DatabaseProperties properties, Environment environment) {
        return SCHEMA_NAME.matcher(properties.name()).matches() && !usesLocalServer(properties)
                && (properties.embeddedAllowed() || environment.acceptsProfiles(EMBEDDED_PROFILES));
    }

    private static boolean usesLocalServer(DatabaseProperties properties) {
        return properties.preferLocalServer() && answers(properties.localHost(), properties.localPort());
    }

    String jdbcUrl(String schema) {
        return jdbcUrl + schema;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.release();
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void prepareSchema(DatabaseProperties properties) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            synchronized (RECREATED) {
                if (properties.recreate() && RECREATED.add(jdbcUrl + properties.name())) {
                    statement.execute("DROP DATABASE IF EXISTS " + properties.name());
                }
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS " + properties.name()
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the database " + properties.name() + " at " + jdbcUrl, e);
        }
    }
}
