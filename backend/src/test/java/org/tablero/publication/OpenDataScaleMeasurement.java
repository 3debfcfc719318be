package org.tablero.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tablero.db.Tables.PROJECT;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tablero.support.DatabaseTest;

/**
 * Not part of the build (its name matches no test pattern): run by hand against a MariaDB of its own, e.g.
 * {@code TABLERO_TEST_JDBC_URL=jdbc:mariadb://127.0.0.1:33999/tablero_perf mvn -o -pl db,backend test
 * -Dtest=OpenDataScaleMeasurement}. It fills that database with 5,000 organisations and 100,000 public projects
 * (MariaDB's sequence engine: MariaDB only) and prints how long the public read model and API take.
 */
@DatabaseTest
class OpenDataScaleMeasurement {

    private static final int PROJECTS = 100_000;

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    PublicPortfolio portfolio;

    @Autowired
    RateLimit rateLimit;

    @Test
    void measure() throws Exception {
        if (db.fetchCount(PROJECT) < PROJECTS) {
            generate();
        }
        rateLimit.configure(1_000_000, java.time.Duration.ofMinutes(1));
        report("overview, first", time(() -> portfolio.overview(null)));
        report("overview, again", time(() -> portfolio.overview(null)));
        report("organisations, first", time(() -> portfolio.organisations()));
        report("projects page, first (with count)", time(() -> portfolio.projects(PublicProjectFilter.none(),
                PublicProjectSort.LIFECYCLE_COST, false, 3, 50)));
        report("projects page, count cached", time(() -> portfolio.projects(PublicProjectFilter.none(),
                PublicProjectSort.LIFECYCLE_COST, false, 4, 50)));

        HttpClient http = HttpClient.newHttpClient();
        List<Long> pages = new ArrayList<>();
        List<Long> unchanged = new ArrayList<>();
        String etag = null;
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/public/v1/projects?sort=lifecycleCost&order=desc&size=50&page=" + (i % 20))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            pages.add(System.nanoTime() - start);
            etag = page.headers().firstValue("ETag").orElseThrow();
        }
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> cached = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/public/v1/projects?size=50")).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.discarding());
            unchanged.add(System.nanoTime() - start);
            assertThat(cached.statusCode()).isEqualTo(304);
        }
        report("API list page p95 (one client, 200 requests)", percentile(pages, 95));
        report("API 304 with ETag p95 (one client, 200 requests)", percentile(unchanged, 95));

        long start = System.nanoTime();
        long bytes = 0;
        HttpResponse<InputStream> csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/public/v1/projects.csv")).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = csv.body()) {
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes += read;
            }
        }
        long nanos = System.nanoTime() - start;
        System.out.printf("MEASURED projects.csv: %d bytes in %d ms = %.1f MB/s%n", bytes, nanos / 1_000_000,
                bytes / 1e6 / (nanos / 1e9));
    }

    private void generate() {
        long root = db.fetchOne("SELECT MIN(id) FROM organisation WHERE parent_id IS NULL").get(0, Long.class);
        db.execute("INSERT IGNORE INTO organisation (code, name, level, parent_id, path, created_at, updated_at) "
                + "SELECT CONCAT('PERF-ORG-', seq), CONCAT('Organisation ', seq), ELT(1 + seq % 3, 'CENTRAL', 'STATE',"
                + " 'MUNICIPAL'), ?, '/', NOW(6), NOW(6) FROM seq_1_to_5000", root);
        db.execute("UPDATE organisation SET path = CONCAT('/', ?, '/', id, '/') WHERE code LIKE 'PERF-ORG-%'", root);
        long first = db.fetchOne("SELECT MIN(id) FROM organisation WHERE code LIKE 'PERF-ORG-%'").get(0, Long.class);
        db.execute("INSERT INTO project (code, title, summary, organisation_id, category, policy_area, "
                + "delivery_approach, funding_source, planned_start, planned_end, lifecycle_cost, status, tier, "
                + "created_at, updated_at, baseline_cost, baseline_end, last_report_date, cost_variance_pct, cost_colour, "
                + "schedule_variance_days, schedule_colour, rating, rated_at) "
                + "SELECT CONCAT('PERF-', seq), CONCAT('Generated project ', seq), "
                + "'A generated project to measure the public read model at national scale.', ? + seq % 5000, "
                + "ELT(1 + seq % 3, 'NEW_DEVELOPMENT', 'MODERNISATION', 'OPERATIONS_AND_MAINTENANCE'), 'HEALTH', "
                + "'AGILE', 'NATIONAL_BUDGET', '2026-01-01', '2027-12-31', 100000 + seq * 7.13, "
                + "ELT(1 + seq % 6, 'IN_REVIEW', 'APPROVED', 'IN_EXECUTION', 'IN_EXECUTION', 'COMPLETED', 'ON_HOLD'), "
                + "ELT(1 + seq % 2, 'OPERATIONAL', 'STRATEGIC'), NOW(6), NOW(6), 100000 + seq * 7.13, '2027-12-31', "
                + "DATE_SUB(CURDATE(), INTERVAL seq % 90 DAY), (CAST(seq AS SIGNED) % 61) - 30, ELT(1 + seq % 3, 'GREEN', 'YELLOW', "
                + "'RED'), (CAST(seq AS SIGNED) % 41) - 20, ELT(1 + seq % 3, 'GREEN', 'YELLOW', 'RED'), 1 + seq % 5, NOW(6) "
                + "FROM seq_1_to_" + PROJECTS, first);
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    private static long percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static void report(String what, long nanos) {
        System.out.printf("MEASURED %s: %.1f ms%n", what, nanos / 1e6);
    }
}
