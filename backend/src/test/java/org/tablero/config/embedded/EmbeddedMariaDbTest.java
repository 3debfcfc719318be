package org.tablero.config.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.tablero.support.TestDirectories;

/**
 * The embedded server as the application uses it: data survive a restart, and a server orphaned by a
 * killed application is ended so that the next start does not hang on locked files.
 */
class EmbeddedMariaDbTest {

    private static final Path HOME = TestDirectories.embeddedDatabase("embedded-db-test");

    @Test
    void data_survive_a_restart_and_an_orphaned_server_is_ended() throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(HOME, 0, "survival", "96M");
        EmbeddedMariaDb first = EmbeddedMariaDb.prepare(properties);
        first.startAndCreateDatabase();
        String marker = "row-" + System.nanoTime();
        execute(first, "CREATE TABLE IF NOT EXISTS note (text VARCHAR(100))");
        execute(first, "INSERT INTO note VALUES ('" + marker + "')");
        long orphanPid = Long.parseLong(Files.readString(HOME.resolve("mariadbd.pid")).trim());

        // as after kill -9 of the application: the first server is never stopped
        EmbeddedMariaDb second = EmbeddedMariaDb.prepare(properties);
        try {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            second.startAndCreateDatabase();
            try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT text FROM note WHERE text = '" + marker + "'")) {
                assertThat(rows.next()).isTrue();
            }
            try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT @@innodb_buffer_pool_size")) {
                rows.next();
                assertThat(rows.getLong(1)).as("the configured buffer pool").isEqualTo(96L * 1024 * 1024);
            }
        } finally {
            second.stopQuietly();
        }
    }

    @Test
    void a_directory_under_the_temporary_directory_is_refused_because_it_would_be_wiped() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "tablero-data");
        assertThatThrownBy(() -> EmbeddedMariaDb.prepare(new EmbeddedDatabaseProperties(underTmp, 0, "x", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TABLERO_DATA_DIR");
    }

    @Test
    void a_buffer_pool_size_that_is_not_a_size_is_refused_before_anything_starts() {
        assertThatThrownBy(() -> new EmbeddedDatabaseProperties(HOME, 0, "x", "64M --skip-grant-tables"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tablero.embedded-db.buffer-pool-size");
        assertThat(new EmbeddedDatabaseProperties(HOME, 0, "x", null).bufferPoolSize()).isEqualTo("64M");
    }

    private static void execute(EmbeddedMariaDb server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
