package org.tablero.publication;

import static org.tablero.db.Tables.PUBLICATION_SNAPSHOT;
import static org.tablero.db.Tables.PUBLICATION_SNAPSHOT_CHUNK;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class SnapshotRepository {

    private final DSLContext db;

    SnapshotRepository(DSLContext db) {
        this.db = db;
    }

    /** Newest first. */
    List<Snapshot> all() {
        return db.select(PUBLICATION_SNAPSHOT.QUARTER, PUBLICATION_SNAPSHOT.CREATED_AT, PUBLICATION_SNAPSHOT.SIZE_BYTES,
                        PUBLICATION_SNAPSHOT.SHA256)
                .from(PUBLICATION_SNAPSHOT)
                .orderBy(PUBLICATION_SNAPSHOT.QUARTER.desc())
                .fetch(Records.mapping(Snapshot::new));
    }

    Optional<Snapshot> find(Quarter quarter) {
        return db.select(PUBLICATION_SNAPSHOT.QUARTER, PUBLICATION_SNAPSHOT.CREATED_AT, PUBLICATION_SNAPSHOT.SIZE_BYTES,
                        PUBLICATION_SNAPSHOT.SHA256)
                .from(PUBLICATION_SNAPSHOT)
                .where(PUBLICATION_SNAPSHOT.QUARTER.eq(quarter.toString()))
                .fetchOptional(Records.mapping(Snapshot::new));
    }

    int chunksOf(Quarter quarter) {
        return db.select(PUBLICATION_SNAPSHOT.CHUNKS).from(PUBLICATION_SNAPSHOT)
                .where(PUBLICATION_SNAPSHOT.QUARTER.eq(quarter.toString())).fetchOne(r -> r.value1());
    }

    byte[] chunk(Quarter quarter, int position) {
        return db.select(PUBLICATION_SNAPSHOT_CHUNK.DATA).from(PUBLICATION_SNAPSHOT_CHUNK)
                .where(PUBLICATION_SNAPSHOT_CHUNK.QUARTER.eq(quarter.toString())
                        .and(PUBLICATION_SNAPSHOT_CHUNK.POSITION.eq(position)))
                .fetchOne(r -> r.value1());
    }

    /** Inserts the snapshot's row; fails on the primary key if the quarter already has one. */
    void insert(Snapshot snapshot, int chunks) {
        db.insertInto(PUBLICATION_SNAPSHOT)
                .set(PUBLICATION_SNAPSHOT.QUARTER, snapshot.quarter())
                .set(PUBLICATION_SNAPSHOT.CREATED_AT, snapshot.createdAt())
                .set(PUBLICATION_SNAPSHOT.SIZE_BYTES, snapshot.sizeBytes())
                .set(PUBLICATION_SNAPSHOT.SHA256, snapshot.sha256())
                .set(PUBLICATION_SNAPSHOT.CHUNKS, chunks)
                .execute();
    }

    void insertChunk(Quarter quarter, int position, byte[] data) {
        db.insertInto(PUBLICATION_SNAPSHOT_CHUNK)
                .set(PUBLICATION_SNAPSHOT_CHUNK.QUARTER, quarter.toString())
                .set(PUBLICATION_SNAPSHOT_CHUNK.POSITION, position)
                .set(PUBLICATION_SNAPSHOT_CHUNK.DATA, data)
                .execute();
    }
}
