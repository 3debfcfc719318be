package org.tablero.config.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its files and on which loopback port it listens.
 *
 * @param directory home of the embedded server: binaries, data files and its pid file live below it
 * @param port TCP port on 127.0.0.1; 0 picks a free one at every start
 * @param databaseName the schema Tablero creates and migrates
 */
@ConfigurationProperties("tablero.embedded-db")
public record EmbeddedDatabaseProperties(Path directory, Integer port, String databaseName) {

    public EmbeddedDatabaseProperties {
        directory = directory == null ? Path.of("data") : directory;
        port = port == null ? 0 : port;
        databaseName = databaseName == null || databaseName.isBlank() ? "tablero" : databaseName;
    }
}
