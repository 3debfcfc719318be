package org.tablero.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tablero.identity.ApiTokenService;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.project.Project;
import org.tablero.project.ProjectStatus;
import org.tablero.support.ApiClient;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

/** Exports of a drill-down, through the service and over real HTTP. */
@DatabaseTest
class PortfolioExportIntegrationTest {

    @Autowired
    PortfolioService portfolio;

    @Autowired
    PortfolioTestData testData;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokenService tokens;

    @LocalServerPort
    int port;

    PortfolioTestData.Portfolio known;
    TableroUser budget;

    @BeforeEach
    void portfolio() {
        known = testData.create();
        budget = fixtures.userOf(known.top(), Role.BUDGET_OFFICE);
    }

    @Test
    void the_csv_has_a_row_for_each_project_of_the_filter_in_code_order() throws IOException {
        List<CSVRecord> rows = csv(exportCsv(PortfolioFilter.none()));

        assertThat(rows.getFirst().values()).startsWith("Code", "Title", "Organisation", "Level");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
                .containsExactlyElementsOf(codes(known.all()));
        CSVRecord overBudget = rows.stream().filter(row -> row.get(0).equals(known.overBudgetAtRisk().code()))
                .findFirst().orElseThrow();
        assertThat(overBudget.get(2)).isEqualTo(known.ministry().name());
        assertThat(overBudget.get(8)).as("lifecycle cost, plain").isEqualTo("200000.50");
        assertThat(overBudget.get(15)).as("cost variance").isEqualTo("-35.00");
        assertThat(overBudget.get(16)).as("cost colour").isEqualTo("RED");

        List<CSVRecord> inExecution = csv(exportCsv(PortfolioFilter.none().withStatus(ProjectStatus.IN_EXECUTION)));
        assertThat(inExecution.subList(1, inExecution.size())).extracting(row -> row.get(0))
                .containsExactlyElementsOf(codes(List.of(known.overBudgetAtRisk(), known.lateStale(),
                        known.neverReported())));
    }

    @Test
    void the_xlsx_opens_with_poi_and_has_the_rows_of_the_filter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixtures.as(budget, () -> {
            portfolio.exportXlsx(PortfolioFilter.none().withOrganisation(known.state().id()), Locale.ENGLISH, out);
            return null;
        });

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
            List<String> codes = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    codes.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(codes).containsExactlyElementsOf(codes(List.of(known.completedUnder(), known.draft(),
                    known.neverReported())));
            Row completed = sheet.getRow(1 + codes.indexOf(known.completedUnder().code()));
            assertThat(completed.getCell(8).getNumericCellValue()).isEqualTo(200000.50);
            assertThat(completed.getCell(19).getNumericCellValue()).as("rating").isEqualTo(5);
        }
    }

    @Test
    void the_api_gives_the_summary_and_streams_the_csv_of_a_drill_down() throws Exception {
        String token = fixtures.as(budget, () -> tokens.create("budget system")).secret();

        ApiClient.Response summary = new ApiClient(port, token).get("/api/v1/portfolio?level=MUNICIPAL");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body().get("headline").get("projects").asInt()).isEqualTo(2);
        assertThat(summary.body().get("headline").get("stale").asInt()).isEqualTo(1);

        ApiClient.Response list = new ApiClient(port, token).get("/api/v1/portfolio/projects?list=STALE&size=1");
        assertThat(list.body().get("total").asInt()).isEqualTo(2);
        assertThat(list.body().get("items").get(0).get("id").asLong()).isEqualTo(known.lateStale().id());

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/portfolio/export.csv?costColour=RED"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".csv");
        List<CSVRecord> rows = csv(csv.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(known.overBudgetAtRisk().code());
    }

    @Test
    void the_api_refuses_a_bad_filter_with_a_json_error_and_an_officer_with_403() {
        String token = fixtures.as(budget, () -> tokens.create("budget system")).secret();
        ApiClient api = new ApiClient(port, token);

        ApiClient.Response badColour = api.get("/api/v1/portfolio/export.xlsx?costColour=PURPLE");
        assertThat(badColour.status()).isEqualTo(400);
        assertThat(badColour.body().get("message").asString()).contains("costColour");
        ApiClient.Response badRating = api.get("/api/v1/portfolio/export.csv?rating=9");
        assertThat(badRating.status()).isEqualTo(422);
        assertThat(badRating.body().get("errors").get(0).get("field").asString()).isEqualTo("rating");

        TableroUser officer = fixtures.officerOf(known.top());
        String officerToken = fixtures.as(officer, () -> tokens.create("agency system")).secret();
        assertThat(new ApiClient(port, officerToken).get("/api/v1/portfolio").status()).isEqualTo(403);
    }

    private String exportCsv(PortfolioFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixtures.as(budget, () -> {
            portfolio.exportCsv(filter, Locale.ENGLISH, out);
            return null;
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    private static List<String> codes(List<Project> projects) {
        return projects.stream().map(Project::code).sorted().toList();
    }
}
