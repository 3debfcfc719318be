package org.tablero.publication;

import java.time.Instant;

/**
 * A quarterly snapshot of the open data: a zip of every dataset's CSV and the data package, never changed.
 *
 * @param sha256 the SHA-256 checksum of the zip, in hex
 */
public record Snapshot(String quarter, Instant createdAt, long sizeBytes, String sha256) {

    /** The zip's file name. */
    public String fileName() {
        return "tablero-open-data-" + quarter + ".zip";
    }
}
