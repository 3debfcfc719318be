package org.tablero.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tablero.publication.PublicHttp.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.identity.Role;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;
import tools.jackson.databind.JsonNode;

/** Quarterly snapshots: made once, never changed, listed with a checksum that the download matches. */
@DatabaseTest
class SnapshotIntegrationTest {

    private static final String API = "/api/public/v1";

    @LocalServerPort
    int port;

    @Autowired
    Snapshots snapshots;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_snapshot_is_made_once_never_changes_and_downloads_with_its_listed_checksum()
            throws IOException, NoSuchAlgorithmException {
        Snapshot made = fixtures.as(fixtures.admin(), () -> snapshots.createLatest());
        assertThat(made.quarter()).isEqualTo(Quarter.lastEndedBy(LocalDate.now()).toString());

        fixtures.organisation(null); // the published data change: the organisations dataset has one more row
        Snapshot again = fixtures.as(fixtures.admin(), () -> snapshots.createLatest());
        assertThat(again).as("a second run for the same quarter does nothing").isEqualTo(made);
        assertThat(snapshots.createIfAbsent(Quarter.lastEndedBy(LocalDate.now()))).isEqualTo(made);

        PublicHttp http = new PublicHttp(port);
        JsonNode listed = null;
        for (JsonNode snapshot : json(http.get(API + "/snapshots"))) {
            if (snapshot.get("quarter").asString().equals(made.quarter())) {
                listed = snapshot;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("sha256").asString()).isEqualTo(made.sha256());
        HttpResponse<byte[]> zip = http.get(API + "/snapshots/" + made.quarter() + ".zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.body()).hasSize((int) listed.get("sizeBytes").asLong());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip.body())))
                .isEqualTo(made.sha256());
        assertThat(zip.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(http.get(API + "/snapshots/" + made.quarter() + ".zip", "If-None-Match", "\"" + made.sha256() + "\"")
                .statusCode()).isEqualTo(304);

        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains("datapackage.json", "projects.csv", "risks.csv", "progress-reports.csv")
                .hasSize(PublicDataset.ALL.size() + 1);
    }

    @Test
    void only_an_administrator_triggers_a_snapshot_and_a_quarter_not_ended_has_none() {
        assertThatThrownBy(() -> fixtures.as(fixtures.nationalUser(Role.DIGITAL_AUTHORITY),
                () -> snapshots.createLatest())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> snapshots.createIfAbsent(Quarter.of(LocalDate.now())))
                .isInstanceOf(PublicQueryException.class);
        assertThat(snapshots.find(Quarter.of(LocalDate.now()))).isEmpty();
    }
}
