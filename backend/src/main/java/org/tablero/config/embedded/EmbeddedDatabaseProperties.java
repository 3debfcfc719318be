package org.tablero.config.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its files and on which loopback port it listens.
 *
 * @param directory home of the embedded server: binaries, data files and its pid file live below it
 * @param port TCP port on 127.0.0.1; 0 picks a free one at every start
 * @param databaseName the schema Tablero creates and migrates
 * @param bufferPoolSize InnoDB's buffer pool, as MariaDB reads it ("64M", "1G"): 64M keeps a municipality's
 *     server small; a portfolio of 100,000 projects wants its project table and indexes (~170 MB) and the
 *     recent reports in memory, 512M or more (docs/performance.md)
 */
@ConfigurationProperties("tablero.embedded-db")
public record EmbeddedDatabaseProperties(Path directory, Integer port, String databaseName, String bufferPoolSize) {

    public EmbeddedDatabaseProperties {
        directory = directory == null ? Path.of("data") : directory;
        port = port == null ? 0 : port;
        databaseName = databaseName == null || databaseName.isBlank() ? "tablero" : databaseName;
        bufferPoolSize = bufferPoolSize == null || bufferPoolSize.isBlank() ? "64M" : bufferPoolSize.strip();
        if (!bufferPoolSize.matches("[0-9]+[KMG]?")) {
            throw new IllegalArgumentException("tablero.embedded-db.buffer-pool-size must be a size such as 64M or 1G,"
                    + " not '" + bufferPoolSize + "'");
        }
    }
}
