package org.tablero.publication;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tablero.audit.AuditTrail;
import org.tablero.common.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quarterly snapshots of the open data. A snapshot is built once, after its quarter has ended, from the data as
 * published then, and never changed: asking again for a quarter that has one does nothing. The zip is written to
 * a temporary file while its checksum is computed (memory does not grow with the data), then stored in the
 * database in chunks, in one transaction.
 */
@Service
public class Snapshots {

    static final String AUDIT_TYPE = "PUBLICATION_SNAPSHOT";
    private static final int CHUNK_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

    private final SnapshotRepository snapshots;
    private final OpenData openData;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    Snapshots(SnapshotRepository snapshots, OpenData openData, JsonMapper json, AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.snapshots = snapshots;
        this.openData = openData;
        this.json = json;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Every snapshot, newest first. */
    @PreAuthorize("permitAll()")
    public List<Snapshot> list() {
        return snapshots.all();
    }

    @PreAuthorize("permitAll()")
    public Optional<Snapshot> find(Quarter quarter) {
        return snapshots.find(quarter);
    }

    /** Writes the stored zip of the quarter, chunk by chunk. */
    @PreAuthorize("permitAll()")
    public void write(Quarter quarter, OutputStream out) throws IOException {
        if (snapshots.find(quarter).isEmpty()) {
            throw new NotFoundException(AUDIT_TYPE, quarter);
        }
        int chunks = snapshots.chunksOf(quarter);
        for (int position = 0; position < chunks; position++) {
            out.write(snapshots.chunk(quarter, position));
        }
        out.flush();
    }

    /** The snapshot of the last quarter that has ended, made now if it has none yet (for an administrator's demo). */
    @PreAuthorize("hasRole('ADMIN')")
    public Snapshot createLatest() {
        return createIfAbsent(Quarter.lastEndedBy(LocalDate.now()));
    }

    /** The quarter's snapshot: the stored one, or one made now from the published data if there is none. */
    Snapshot createIfAbsent(Quarter quarter) {
        Optional<Snapshot> existing = snapshots.find(quarter);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!quarter.lastDay().isBefore(LocalDate.now())) {
            throw new PublicQueryException("quarter", "The quarter " + quarter + " has not ended yet");
        }
        Path file = null;
        try {
            file = Files.createTempFile("tablero-snapshot-", ".zip");
            Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
                writeZip(createdAt, out);
            }
            Snapshot snapshot = new Snapshot(quarter.toString(), createdAt, Files.size(file),
                    HexFormat.of().formatHex(sha256.digest()));
            return store(quarter, snapshot, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The zip of every dataset's CSV and the data package, as published now. */
    void writeZip(Instant createdAt, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        for (PublicDataset<?> dataset : PublicDataset.ALL) {
            zip.putNextEntry(entry(dataset.name() + ".csv", createdAt));
            openData.writeCsv(dataset, text);
            text.flush();
            zip.closeEntry();
        }
        zip.putNextEntry(entry("datapackage.json", createdAt));
        zip.write(json.writeValueAsBytes(openData.dataPackage(createdAt)));
        zip.closeEntry();
        zip.finish();
    }

    private Snapshot store(Quarter quarter, Snapshot snapshot, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int chunks = (int) ((snapshot.sizeBytes() + CHUNK_BYTES - 1) / CHUNK_BYTES);
            transaction.executeWithoutResult(status -> {
                snapshots.insert(snapshot, chunks);
                try {
                    for (int position = 0; position < chunks; position++) {
                        snapshots.insertChunk(quarter, position, in.readNBytes(CHUNK_BYTES));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                audit.record(AUDIT_TYPE, quarter.year() * 10L + quarter.quarter(), "CREATE", null, snapshot);
            });
            log.info("Open data snapshot {} stored: {} bytes, SHA-256 {}", quarter, snapshot.sizeBytes(),
                    snapshot.sha256());
            return snapshot;
        } catch (DuplicateKeyException raced) {
            // another instance stored the same quarter meanwhile: theirs stands
            return snapshots.find(quarter).orElseThrow();
        }
    }

    private static ZipEntry entry(String name, Instant time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time.toEpochMilli());
        return entry;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }
}
