package org.tablero.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tablero.publication.PublicHttp.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tablero.approval.ApprovalService;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.monitoring.RatingService;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationInput;
import org.tablero.organisation.OrganisationService;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * HTTP done right for anyone: conditional requests (ETag, Last-Modified, 304), CORS, read-only methods, the rate
 * limit with 429 and Retry-After, and a 400 with a JSON message for every bad parameter, never a 5xx.
 */
@DatabaseTest
class PublicApiHttpTest {

    private static final String API = "/api/public/v1";

    @LocalServerPort
    int port;

    @Autowired
    RateLimit rateLimit;

    @Autowired
    PublicApiProperties properties;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProjectService projects;

    @Autowired
    ApprovalService approvals;

    @Autowired
    RatingService ratings;

    @Autowired
    ConfidentialFieldService confidential;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PublicationTestData testData;

    @AfterEach
    void restoreRateLimit() {
        rateLimit.configure(properties.requestsPerPeriod(), properties.period());
    }

    @Test
    void an_unchanged_answer_is_304_by_etag_or_date_and_a_change_gives_a_new_etag() throws InterruptedException {
        PublicHttp http = new PublicHttp(port);
        HttpResponse<byte[]> first = http.get(API + "/projects");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60");

        HttpResponse<byte[]> again = http.get(API + "/projects", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(http.get(API + "/projects", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);

        Organisation ministry = fixtures.organisation(null);
        Project draft = fixtures.as(fixtures.officerOf(ministry), () -> projects.create(Fixtures.project(ministry)));
        assertThat(draft.id()).isPositive();
        String changed = etag;
        for (int attempt = 0; attempt < 50 && changed.equals(etag); attempt++) {
            Thread.sleep(100); // a change is seen by the next version read (every request in the tests)
            changed = http.get(API + "/projects").headers().firstValue("ETag").orElseThrow();
        }
        assertThat(changed).as("a change in the database gives a new ETag").isNotEqualTo(etag);
        assertThat(http.get(API + "/projects", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void a_repeated_answer_comes_from_memory_gzipped_to_a_client_that_accepts_it_and_a_change_is_not_hidden() {
        PublicHttp http = new PublicHttp(port);
        Organisation ministry = fixtures.organisation(null);
        TableroUser officer = fixtures.officerOf(ministry);
        Project draft = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        String list = API + "/projects?size=5&organisation=" + ministry.code();
        HttpResponse<byte[]> first = http.get(list);
        assertThat(first.headers().firstValue("Content-Encoding")).isEmpty();

        HttpResponse<byte[]> gzipped = http.get(list, "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Vary").orElseThrow()).contains("Accept-Encoding");
        assertThat(gzipped.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(gunzip(gzipped.body())).isEqualTo(first.body());
        HttpResponse<byte[]> plain = http.get(list);
        assertThat(plain.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(plain.body()).isEqualTo(first.body());
        assertThat(json(plain).get("total").asLong()).isZero();

        fixtures.completeAssessments(officer, draft.id());
        fixtures.as(officer, () -> approvals.submit(draft.id()));
        JsonNode submitted = json(http.get(list, "Accept-Encoding", "gzip, deflate"));
        assertThat(submitted.get("total").asLong()).as("the submitted project, not the answer held before").isOne();
    }

    @Test
    void a_page_held_from_before_shows_every_change_of_its_projects_organisations_and_marks() {
        PublicHttp http = new PublicHttp(port);
        PublicationTestData.Portfolio portfolio = testData.build();
        Organisation ministry = portfolio.ministry();
        TableroUser officer = fixtures.officerOf(ministry);
        TableroUser authority = fixtures.nationalUser(Role.DIGITAL_AUTHORITY);
        Project other = fixtures.as(officer, () -> projects.create(Fixtures.project(ministry)));
        fixtures.completeAssessments(officer, other.id());
        fixtures.as(officer, () -> approvals.submit(other.id()));
        // one project a page: the page of each is held as it is now
        String list = API + "/projects?size=1&sort=code&organisation=" + ministry.code() + "&page=";
        int rated = portfolio.projectCode().compareTo(other.code()) < 0 ? 0 : 1;
        String ratedPage = list + rated;
        String otherPage = list + (1 - rated);
        assertThat(item(http.get(ratedPage)).get("code").asString()).isEqualTo(portfolio.projectCode());
        int rating = item(http.get(ratedPage, "Accept-Encoding", "gzip")).get("rating").asInt() == 2 ? 3 : 2;
        HttpResponse<byte[]> otherBefore = http.get(otherPage);
        assertThat(item(otherBefore).get("summary").get("value").asString()).isNotBlank();

        // a rating changes the project's row, but not its own fields (updated_at)
        fixtures.as(authority, () -> ratings.rate(portfolio.projectId(), rating, "Supplier at risk"));
        assertThat(item(http.get(ratedPage, "Accept-Encoding", "gzip")).get("rating").asInt()).isEqualTo(rating);
        assertThat(item(http.get(ratedPage)).get("rating").asInt()).isEqualTo(rating);
        HttpResponse<byte[]> otherAfter = http.get(otherPage);
        assertThat(otherAfter.headers().firstValue("ETag")).isNotEqualTo(otherBefore.headers().firstValue("ETag"));
        assertThat(otherAfter.body()).as("a page of other projects reads as before").isEqualTo(otherBefore.body());

        // a confidential mark and an organisation's new name change records without changing their rows
        fixtures.as(authority, () -> confidential.mark(other.id(), ConfidentialField.PROJECT_SUMMARY, 0,
                portfolio.ground()));
        assertThat(item(http.get(otherPage)).get("summary").get("withheld").asString())
                .isEqualTo(Disclosed.MARKER + portfolio.ground());
        String newName = Fixtures.unique("Ministerio renombrado");
        fixtures.as(fixtures.nationalUser(Role.ADMIN), () -> organisations.update(ministry.id(), ministry.version(),
                new OrganisationInput(ministry.code(), newName, ministry.level(), ministry.parentId())));
        assertThat(item(http.get(ratedPage)).get("organisationName").asString()).isEqualTo(newName);
        assertThat(item(http.get(otherPage, "Accept-Encoding", "gzip")).get("organisationName").asString())
                .isEqualTo(newName);
    }

    /** The one project of a page of one, whether it came gzipped or not. */
    private static JsonNode item(HttpResponse<byte[]> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        byte[] body = page.headers().firstValue("Content-Encoding").isPresent() ? gunzip(page.body()) : page.body();
        JsonNode items = PublicHttp.JSON.readTree(body).get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_openapi_description_has_the_open_data_endpoints_and_their_records() {
        String description = PublicHttp.text(new PublicHttp(port).get("/v3/api-docs"));
        assertThat(description).contains("/api/public/v1/projects/{code}", "/api/public/v1/risks",
                "/api/public/v1/feed.atom", "PublicProjectDetail", "Open data");
    }

    @Test
    void any_origin_may_read_and_nobody_may_write() {
        PublicHttp http = new PublicHttp(port);
        HttpResponse<byte[]> read = http.get(API + "/overview", "Origin", "https://civic.example");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<byte[]> preflight = http.send("OPTIONS", API + "/projects", "Origin", "https://civic.example",
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET");
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<byte[]> write = http.send(method, API + "/projects");
            assertThat(write.statusCode()).as(method).isEqualTo(405);
            assertThat(json(write).get("message").asString()).contains("read-only");
        }
    }

    @Test
    void a_client_over_the_limit_gets_429_with_retry_after_and_others_are_served() {
        rateLimit.configure(3, Duration.ofMinutes(10));
        PublicHttp http = new PublicHttp(port);
        for (int i = 0; i < 3; i++) {
            assertThat(http.get(API + "/snapshots").statusCode()).isEqualTo(200);
        }
        HttpResponse<byte[]> limited = http.get(API + "/snapshots");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(json(limited).get("message").asString()).contains("Too many requests");
        assertThat(limited.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(http.get("/api/v1/projects").statusCode()).as("the signed-in API is not limited here")
                .isEqualTo(401);
    }

    @Test
    void every_bad_parameter_is_a_400_with_a_message_and_nothing_is_a_5xx() {
        rateLimit.configure(100_000, Duration.ofMinutes(1));
        List<String> bad = List.of("-1", "abc", "1.5", "1e3", "99999999999", "' OR 1=1 --", "<script>alert(1)</script>",
                "PURPLE", "x".repeat(5000), "%00", "null", "");
        List<String> lists = new ArrayList<>(List.of("/projects", "/organisations"));
        PublicDataset.ALL.stream().filter(dataset -> dataset != PublicDataset.ORGANISATIONS)
                .forEach(dataset -> lists.add("/" + dataset.name()));
        PublicHttp http = new PublicHttp(port);
        List<String> checked = new ArrayList<>();
        for (String list : lists) {
            List<String> parameters = list.equals("/projects") || list.equals("/organisations")
                    ? List.of("page", "size", "sort", "order", list.equals("/projects") ? "organisation" : "parent")
                    : List.of("page", "size", "sort", "order", "project", "organisation");
            for (String parameter : parameters) {
                for (String value : bad) {
                    String path = API + list + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    HttpResponse<byte[]> response = http.get(path);
                    boolean harmless = value.isEmpty() || parameter.equals("sort") && value.equals("null");
                    if (response.statusCode() == 200 && (harmless || acceptedAsNoMatch(parameter, value))) {
                        continue;
                    }
                    assertThat(response.statusCode()).as(path).isBetween(400, 499);
                    assertThat(json(response).get("message").asString()).as(path).isNotBlank();
                    checked.add(path);
                }
            }
        }
        for (String parameter : List.of("level", "category", "tier", "status", "costColour", "scheduleColour",
                "rating", "stale", "overBudget", "late", "q")) {
            for (String value : List.of("PURPLE", "-1", "<script>", "' OR 1=1 --", "x".repeat(5000))) {
                String path = API + "/projects?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                HttpResponse<byte[]> response = http.get(path);
                if (parameter.equals("q") && value.length() < 300) {
                    assertThat(response.statusCode()).as("a search for any text is answered").isEqualTo(200);
                    continue;
                }
                assertThat(response.statusCode()).as(path).isEqualTo(400);
                assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo(parameter);
            }
        }
        for (String path : List.of("/projects/%27%20OR%201%3D1%20--", "/risks/abc", "/risks/99999999999999999999",
                "/risks/-1", "/snapshots/2026-Q9.zip", "/organisations/%3Cscript%3E",
                "/no-such-dataset", "/no-such-dataset.csv", "/projects/NO-SUCH-PROJECT", "/risks/0",
                "/contracts/123456789012")) {
            HttpResponse<byte[]> response = http.get(API + path);
            assertThat(response.statusCode()).as(path).isBetween(400, 404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path + " " + response.statusCode())
                    .contains("json");
            JsonNode body = json(response);
            assertThat(body.get("message").asString()).as(path).isNotBlank();
        }
        assertThat(http.get(API + "/snapshots/..%2F..%2Fetc.zip").statusCode())
                .as("an encoded slash is refused by the server itself, before the application").isEqualTo(400);
        assertThat(checked).hasSizeGreaterThan(200);
    }

    /** A well-formed code that names nothing is an empty list, not an error. */
    private static boolean acceptedAsNoMatch(String parameter, String value) {
        return (parameter.equals("project") || parameter.equals("parent")) && value.matches("[A-Za-z0-9._-]+");
    }
}
