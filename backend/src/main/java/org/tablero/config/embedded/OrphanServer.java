package org.tablero.config.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the application its {@code mariadbd} child lives on and keeps the data
 * files locked, so the next start would hang. This ends such an orphan: a server whose command line
 * names our own data directory, so that another server on the machine is never touched. The process
 * list is searched rather than the pid file, which a server of an earlier, deleted data directory may
 * have overwritten or removed.
 */
final class OrphanServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanServer.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private OrphanServer() {}

    static void endIfRunning(Path dataDirectory) {
        String dataDirArgument = "--datadir=" + dataDirectory.toAbsolutePath().normalize();
        List<ProcessHandle> orphans = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info().commandLine()
                        .map(commandLine -> commandLine.contains("mariadbd") && commandLine.contains(dataDirArgument))
                        .orElse(false))
                .toList();
        for (ProcessHandle orphan : orphans) {
            log.warn("An embedded database server from an earlier run is still running (pid {}); stopping it",
                    orphan.pid());
            orphan.destroy();
            try {
                orphan.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception notStoppedInTime) {
                orphan.destroyForcibly();
                orphan.onExit().join();
            }
        }
    }
}
