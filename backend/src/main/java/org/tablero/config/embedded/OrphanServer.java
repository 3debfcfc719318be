package org.tablero.config.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the application its {@code mariadbd} child lives on and keeps the data
 * files locked, so the next start would hang. This ends such an orphan, but only one whose command line
 * names our own data directory, so that another server on the machine is never touched.
 */
final class OrphanServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanServer.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private OrphanServer() {}

    static void endIfRunning(Path pidFile, Path dataDirectory) {
        findOrphan(pidFile, dataDirectory).ifPresent(process -> {
            log.warn("An embedded database server from an earlier run is still running (pid {}); stopping it",
                    process.pid());
            CompletableFuture<ProcessHandle> exit = process.onExit();
            process.destroy();
            try {
                exit.get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception notStoppedInTime) {
                process.destroyForcibly();
                process.onExit().join();
            }
        });
    }

    private static Optional<ProcessHandle> findOrphan(Path pidFile, Path dataDirectory) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            String dataDir = dataDirectory.toAbsolutePath().normalize().toString();
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine()
                            .map(commandLine -> commandLine.contains(dataDir))
                            .orElse(false));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
