package org.tablero.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tablero.publication.PublicHttp.json;
import static org.tablero.publication.PublicHttp.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tablero.common.Page;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.Organisation;
import org.tablero.support.DatabaseTest;
import tools.jackson.databind.JsonNode;

/**
 * Walks every public door over real HTTP (each endpoint, list and single record, every CSV, the data package, the
 * catalogue, the feed, the snapshots) with a database holding withheld data of every kind, and checks that none of
 * it gets out while its "withheld" marker does; that every CSV validates against its table schema; that paging
 * returns every record exactly once.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataIntegrationTest {

    private static final String API = "/api/public/v1";

    @LocalServerPort
    int port;

    @Autowired
    PublicationTestData testData;

    @Autowired
    Snapshots snapshots;

    @Autowired
    PublicPortfolio publicPortfolio;

    PublicationTestData.Portfolio portfolio;
    PublicHttp http;

    @BeforeAll
    void build() {
        portfolio = testData.build();
        http = new PublicHttp(port);
    }

    @Test
    void no_withheld_value_leaves_through_any_public_door_and_each_says_it_is_withheld() throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        String code = portfolio.projectCode();
        List<String> paths = new ArrayList<>(List.of(API + "/overview", API + "/overview?organisation="
                + portfolio.ministry().code(), API + "/organisations?size=500", API + "/organisations/"
                + portfolio.ministry().code(), API + "/projects?size=500", API + "/projects?q=SECRET&size=500",
                API + "/projects?organisation=" + portfolio.ministry().code(), API + "/projects/" + code,
                API + "/datapackage.json", API + "/catalog.jsonld", API + "/feed.atom", API + "/snapshots"));
        for (PublicDataset<?> dataset : PublicDataset.ALL) {
            paths.add(API + "/" + dataset.name() + ".csv");
            if (dataset != PublicDataset.ORGANISATIONS) {
                paths.add(API + "/" + dataset.name() + "?size=500&sort=" + dataset.sortFields().iterator().next()
                        + "&order=desc");
                paths.add(API + "/" + dataset.name() + "?size=500&project=" + code);
                JsonNode items = json(http.get(API + "/" + dataset.name() + "?size=500&project=" + code)).get("items");
                if (dataset.hasId()) {
                    for (JsonNode item : items) {
                        paths.add(API + "/" + dataset.name() + "/" + item.get("id").asLong());
                    }
                }
            }
        }
        for (String path : paths) {
            HttpResponse<byte[]> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            answers.put(path, text(response));
        }
        answers.put("the stored snapshots", storedSnapshots());
        answers.put("a snapshot made now", unzipped(freshSnapshot()));

        answers.forEach((door, body) -> assertThat(body).as(door).doesNotContain(portfolio.secrets()));
        String marker = Disclosed.MARKER + portfolio.ground();
        String cyber = Disclosed.MARKER + WithholdingReason.CYBERSECURITY.fixedGround();
        assertThat(answers.get(API + "/projects/" + code)).contains(marker, cyber,
                Disclosed.MARKER + WithholdingReason.PERSONAL_DATA.fixedGround());
        assertThat(answers.get(API + "/contracts.csv")).contains(marker);
        assertThat(answers.get(API + "/risks.csv")).contains(cyber);
        assertThat(answers.get(API + "/progress-reports.csv")).contains(marker);
        assertThat(answers.get(API + "/projects.csv")).contains(marker);
        assertThat(answers.get("a snapshot made now")).contains(marker, cyber);
        assertThat(http.get(API + "/projects/" + portfolio.draftCode()).statusCode()).as("a draft is not public")
                .isEqualTo(404);
    }

    @Test
    void a_project_page_has_its_monitoring_reviewers_by_role_and_what_is_withheld() {
        JsonNode detail = json(http.get(API + "/projects/" + portfolio.projectCode()));
        assertThat(detail.get("project").get("status").asString()).isEqualTo("IN_EXECUTION");
        assertThat(detail.get("project").get("stale").asBoolean()).as("last report 100 days ago").isTrue();
        assertThat(detail.get("progressReports")).hasSize(2);
        assertThat(detail.get("progressReports").get(1).get("correctionReason").asString())
                .isEqualTo("The spend was mistyped");
        assertThat(detail.get("progressReports").get(0).get("latestVersion").asBoolean()).isFalse();
        assertThat(detail.get("decisions")).hasSize(3);
        assertThat(detail.get("decisions").get(0).get("reviewerRole").asString()).isEqualTo("DIGITAL_AUTHORITY");
        assertThat(detail.get("kpis").get(0).get("met").asBoolean()).as("35 of a target of 60, increasing").isFalse();
        assertThat(detail.get("uxMeasures").get(0).get("satisfactionPct").decimalValue()).isEqualByComparingTo("80");
        assertThat(detail.get("withheldRiskCounts").toString()).contains("CYBERSECURITY");
        assertThat(detail.get("withheld").toString()).contains("CONTRACT " + portfolio.contractId(),
                "PROGRESS_REPORT " + portfolio.reportId(), "RISK " + portfolio.cyberRiskId());
        assertThat(detail.get("contracts").get(0).get("value").get("value").isNull()).isTrue();
        assertThat(detail.get("project").get("summary").get("withheld").asString())
                .isEqualTo(Disclosed.MARKER + portfolio.ground());
    }

    @Test
    void the_project_list_finds_projects_over_budget_or_late_by_their_current_variance() {
        String list = API + "/projects?organisation=" + portfolio.ministry().code();
        // the project's current figures: 12.5 % over its cost, 3 days late
        assertThat(codes(list + "&overBudget=true")).containsExactly(portfolio.projectCode());
        assertThat(codes(list + "&overBudget=false")).isEmpty();
        assertThat(codes(list + "&late=true&overBudget=true")).containsExactly(portfolio.projectCode());
        assertThat(codes(list + "&late=false")).isEmpty();
    }

    private List<String> codes(String path) {
        List<String> codes = new ArrayList<>();
        json(http.get(path)).get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    @Test
    void the_overview_and_the_tree_roll_an_organisation_up_without_its_drafts_for_anyone() {
        Organisation ministry = portfolio.ministry();
        PortfolioOverview overview = publicPortfolio.overview(ministry.code());
        assertThat(overview.projects()).as("the draft is not counted").isEqualTo(1);
        assertThat(overview.investment()).isEqualByComparingTo("200000.50");
        assertThat(overview.byStatus()).extracting(PortfolioOverview.Breakdown::key).containsExactly("IN_EXECUTION");
        assertThat(overview.costColours()).extracting(PortfolioOverview.Breakdown::key).containsExactly("YELLOW");
        assertThat(overview.ratings()).extracting(PortfolioOverview.Breakdown::key).containsExactly("4");
        assertThat(overview.staleProjects()).isEqualTo(1);
        assertThat(overview.byOrganisation()).singleElement().satisfies(own -> {
            assertThat(own.key()).isEqualTo(ministry.code());
            assertThat(own.projects()).isEqualTo(1);
        });
        PublicOrganisation root = publicPortfolio.organisations().getFirst();
        PublicOrganisation mine = publicPortfolio.organisation(ministry.code());
        assertThat(mine.parentCode()).isEqualTo(root.code());
        assertThat(mine.subtreeProjects()).isEqualTo(1);
        assertThat(root.subtreeProjects()).isGreaterThanOrEqualTo(mine.subtreeProjects());
        assertThat(root.subtreeInvestment()).isGreaterThanOrEqualTo(mine.subtreeInvestment());
        Page<PublicProject> stale = publicPortfolio.projects(new PublicProjectFilter(ministry.code(), null, null, null,
                null, null, VarianceColour.YELLOW, null, 4, true), PublicProjectSort.RATING, false, 0, 10);
        assertThat(stale.items()).extracting(PublicProject::code).containsExactly(portfolio.projectCode());
    }

    @Test
    void every_csv_validates_against_its_table_schema() throws IOException {
        JsonNode dataPackage = json(http.get(API + "/datapackage.json"));
        assertThat(dataPackage.get("licenses").get(0).get("name").asString()).isEqualTo("CC-BY-4.0");
        Map<String, List<CSVRecord>> tables = new LinkedHashMap<>();
        for (JsonNode resource : dataPackage.get("resources")) {
            String csv = text(http.get(API + "/" + resource.get("path").asString()));
            List<CSVRecord> rows = CsvSchemaValidator.validate(resource.get("name").asString(), csv,
                    resource.get("schema"));
            tables.put(resource.get("name").asString(), rows);
        }
        CsvSchemaValidator.checkForeignKeys(dataPackage, tables);
        assertThat(tables.get("projects")).isNotEmpty();
        assertThat(tables.keySet()).hasSize(PublicDataset.ALL.size());
    }

    @Test
    void paging_returns_every_record_exactly_once() {
        for (String list : List.of(API + "/projects?sort=lifecycleCost", API + "/risks?sort=residualLevel",
                API + "/decisions?sort=verdict", API + "/organisations?sort=name",
                API + "/projects?organisation=" + portfolio.ministry().code() + "&sort=status")) {
            String key = list.contains("/projects") ? "code" : list.contains("/organisations") ? "code" : "id";
            int size = list.contains("organisation=") ? 1 : 97;
            List<String> seen = new ArrayList<>();
            long total = -1;
            for (int page = 0; total < 0 || (long) page * size < total; page++) {
                JsonNode answer = json(http.get(list + "&size=" + size + "&page=" + page));
                total = answer.get("total").asLong();
                answer.get("items").forEach(item -> seen.add(item.get(key).asString()));
            }
            assertThat(seen).as(list).hasSize((int) total).doesNotHaveDuplicates();
        }
    }

    @Test
    void a_project_is_in_the_public_list_and_its_total_from_the_request_after_its_submission() {
        PublicationTestData.Draft draft = testData.draftOfNewOrganisation();
        String list = API + "/projects?organisation=" + draft.organisation().code() + "&sort=code";
        JsonNode whileDraft = json(http.get(list));
        assertThat(whileDraft.get("total").asLong()).isZero();
        assertThat(whileDraft.get("items")).isEmpty();

        testData.submit(draft);

        JsonNode submitted = json(http.get(list));
        assertThat(submitted.get("total").asLong()).isEqualTo(1);
        assertThat(submitted.get("items").get(0).get("code").asString()).isEqualTo(draft.project().code());
        assertThat(submitted.get("items").get(0).get("status").asString()).isEqualTo("IN_REVIEW");
    }

    private String storedSnapshots() throws IOException {
        StringBuilder all = new StringBuilder();
        for (JsonNode snapshot : json(http.get(API + "/snapshots"))) {
            all.append(unzipped(http.get(API + "/snapshots/" + snapshot.get("quarter").asString() + ".zip").body()));
        }
        return all.toString();
    }

    private byte[] freshSnapshot() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        snapshots.writeZip(Instant.now(), zip);
        return zip.toByteArray();
    }

    static String unzipped(byte[] zip) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                text.append(new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    /** Reads a CSV with its header; shared with the snapshot test. */
    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
