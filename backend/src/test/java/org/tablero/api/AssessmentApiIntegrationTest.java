package org.tablero.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tablero.assessment.risk.RiskCategory;
import org.tablero.assessment.risk.RiskInput;
import org.tablero.assessment.risk.RiskStatus;
import org.tablero.assessment.risk.RiskTestData;
import org.tablero.assessment.risk.TransparencyInput;
import org.tablero.assessment.value.StrategyObjective;
import org.tablero.assessment.value.ValueTestData;
import org.tablero.identity.ApiTokenService;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.procurement.ContractInput;
import org.tablero.procurement.JointProcurement;
import org.tablero.procurement.ProcurementMethod;
import org.tablero.procurement.ProcurementStrategyInput;
import org.tablero.procurement.ProcurementTestData;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.support.ApiClient.Response;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three assessments and procurement driven over real HTTP with personal API tokens, as an agency's system would. */
@DatabaseTest
class AssessmentApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ValueTestData valueTestData;

    @Autowired
    RiskTestData riskTestData;

    @Autowired
    ProcurementTestData procurementTestData;

    @Autowired
    ProjectService projects;

    Organisation ministry;
    TableroUser owner;
    VersionedApiClient officer;
    VersionedApiClient authority;

    @BeforeEach
    void clients() {
        ministry = fixtures.organisation(null);
        owner = fixtures.officerOf(ministry);
        officer = client(owner);
        authority = client(fixtures.nationalUser(Role.DIGITAL_AUTHORITY));
    }

    @Test
    void an_agency_system_completes_every_assessment_through_the_api_and_submits() {
        long id = create(Fixtures.project(ministry));
        String base = "/api/v1/projects/" + id;
        assertThat(officer.get(base + "/missing-for-submission").body()).isNotEmpty();

        selfAssessEverything(id);

        Response emptyValue = officer.get(base + "/value");
        assertThat(emptyValue.status()).isEqualTo(200);
        assertThat(emptyValue.etag()).isEqualTo("\"0\"");
        StrategyObjective objective = valueTestData.newObjective();
        assertThat(officer.get("/api/v1/value/objectives").body().findValuesAsString("code"))
                .contains(objective.code());
        Project project = fixtures.as(owner, () -> projects.get(id));
        Response value = officer.put(base + "/value", ValueTestData.completeInput(project, objective.id(), 4, 4, 4),
                emptyValue.etag());
        assertThat(value.status()).as(String.valueOf(value.body())).isEqualTo(200);
        assertThat(value.etag()).isEqualTo("\"1\"");
        assertThat(value.body().get("valueScore").isNull()).isFalse();
        assertThat(value.body().get("economic").get("npv").isNull()).isFalse();

        Response risk = officer.post(base + "/risks", risk(4, 3, 2, 3));
        assertThat(risk.status()).as(String.valueOf(risk.body())).isEqualTo(201);
        assertThat(risk.etag()).isEqualTo("\"" + risk.body().get("version").asInt() + "\"");
        assertThat(officer.get(base + "/risks").body()).hasSize(1);
        JsonNode heatMap = officer.get(base + "/risks/heat-map").body();
        assertThat(heatMap.get("inherent").get("cells")).hasSize(25);
        assertThat(cell(heatMap.get("inherent"), 4, 3)).isEqualTo(1);
        assertThat(cell(heatMap.get("residual"), 2, 3)).isEqualTo(1);

        assertThat(officer.get(base + "/procurement").status()).as("no strategy yet").isEqualTo(404);
        Response strategy = officer.put(base + "/procurement", new ProcurementStrategyInput(
                ProcurementMethod.OPEN_TENDER, JointProcurement.NONE, "A competitive market"), null);
        assertThat(strategy.status()).as(String.valueOf(strategy.body())).isEqualTo(200);
        assertThat(officer.get(base + "/procurement").body().get("method").asString()).isEqualTo("OPEN_TENDER");

        assertThat(officer.get(base + "/missing-for-submission").body()).isEmpty();
        Response submitted = officer.post(base + "/submit", Map.of());
        assertThat(submitted.status()).as(String.valueOf(submitted.body())).isEqualTo(200);
        assertThat(submitted.body().get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(officer.get(base + "/history").body().findValuesAsString("action")).contains(
                "STANDARDS_SELF_ASSESSMENT", "VALUE_UPDATE", "RISK_ADD", "PROCUREMENT_STRATEGY_SAVE", "SUBMIT");

        Response tooLate = officer.post(base + "/risks", risk(2, 2, 1, 1));
        assertThat(tooLate.status()).as("a project in review is no longer the owner's to edit").isEqualTo(403);
    }

    @Test
    void out_of_range_risk_values_are_refused_with_the_fields_at_fault() {
        long id = create(Fixtures.project(ministry));

        Response refused = officer.post("/api/v1/projects/" + id + "/risks", risk(6, 0, 1, 1));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").findValuesAsString("field")).contains("likelihood", "impact");
        assertThat(refused.body().get("errors").findValuesAsString("code")).contains("risk.out-of-range");
        assertThat(refused.body().get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(officer.get("/api/v1/projects/" + id + "/risks").body()).as("nothing saved").isEmpty();
    }

    @Test
    void a_change_must_name_the_current_version_it_is_based_on() {
        long id = create(Fixtures.project(ministry));
        String base = "/api/v1/projects/" + id;
        Response risk = officer.post(base + "/risks", risk(3, 3, 2, 2));
        String riskPath = base + "/risks/" + risk.body().get("id").asLong();

        assertThat(officer.put(riskPath, risk(3, 3, 1, 1), null).status()).isEqualTo(428);
        assertThat(officer.put(riskPath, risk(3, 3, 1, 1), "not-a-version").status()).isEqualTo(428);
        assertThat(officer.delete(riskPath, null).status()).isEqualTo(428);
        Response missing = officer.put(base + "/standards", Map.of("standards", List.of()), null);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.body().get("message").asString()).isNotBlank();
        assertThat(officer.put(base + "/value", Map.of(), null).status()).isEqualTo(428);

        Response updated = officer.put(riskPath, risk(3, 3, 1, 1), risk.etag());
        assertThat(updated.status()).as(String.valueOf(updated.body())).isEqualTo(200);
        assertThat(updated.etag()).isNotEqualTo(risk.etag());
        assertThat(officer.put(riskPath, risk(3, 3, 2, 1), risk.etag()).status()).as("stale").isEqualTo(409);
        assertThat(officer.delete(riskPath, risk.etag()).status()).as("stale").isEqualTo(409);
        assertThat(officer.get(riskPath).body().get("residualLikelihood").asInt()).isEqualTo(1);
        assertThat(officer.delete(riskPath, updated.etag()).status()).isEqualTo(204);
        assertThat(officer.get(riskPath).status()).isEqualTo(404);

        Response standards = officer.get(base + "/standards");
        assertThat(officer.put(base + "/standards", selfAssessment(standards.body(), "MET"), standards.etag())
                .status()).isEqualTo(200);
        assertThat(officer.put(base + "/standards", selfAssessment(standards.body(), "NOT_MET"), standards.etag())
                .status()).as("stale").isEqualTo(409);

        Response strategy = officer.put(base + "/procurement", new ProcurementStrategyInput(
                ProcurementMethod.OPEN_TENDER, JointProcurement.NONE, "A competitive market"), null);
        assertThat(strategy.status()).isEqualTo(200);
        ProcurementStrategyInput framework = new ProcurementStrategyInput(ProcurementMethod.FRAMEWORK_AGREEMENT,
                JointProcurement.JOINS, "The national framework covers it");
        assertThat(officer.put(base + "/procurement", framework, null).status())
                .as("an existing strategy is changed only with its version").isEqualTo(428);
        assertThat(officer.put(base + "/procurement", framework, strategy.etag()).status()).isEqualTo(200);
        assertThat(officer.put(base + "/procurement", framework, strategy.etag()).status()).isEqualTo(409);
    }

    @Test
    void contracts_and_the_transparency_record_are_kept_over_the_api() {
        Map<String, Object> usingAi = asMap(Fixtures.project(ministry));
        usingAi.put("usesAi", true);
        long id = create(usingAi);
        String base = "/api/v1/projects/" + id;

        assertThat(officer.get(base + "/transparency").status()).isEqualTo(404);
        TransparencyInput record = new TransparencyInput("Ranks applications", "Past applications",
                "A caseworker decides");
        Response created = officer.put(base + "/transparency", record, null);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(200);
        assertThat(officer.put(base + "/transparency", record, null).status()).isEqualTo(428);
        Response changed = officer.put(base + "/transparency", new TransparencyInput("Ranks applications",
                "Past applications and outcomes", "A caseworker decides"), created.etag());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(officer.get(base + "/transparency").body().get("dataUsed").asString())
                .isEqualTo("Past applications and outcomes");
        Response incomplete = officer.put(base + "/transparency", new TransparencyInput("", "x", "y"),
                changed.etag());
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body().get("errors").findValuesAsString("field")).containsExactly("purpose");

        ContractInput contract = new ContractInput("Acme Software", new BigDecimal("120000.00"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), "ocds-213czf-000-00001");
        Response added = officer.post(base + "/contracts", contract);
        assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
        String contractPath = base + "/contracts/" + added.body().get("id").asLong();
        assertThat(officer.get(base + "/contracts").body().findValuesAsString("supplier"))
                .containsExactly("Acme Software");
        Response badDates = officer.put(contractPath, new ContractInput("Acme Software", new BigDecimal("1.00"),
                LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), null), added.etag());
        assertThat(badDates.status()).isEqualTo(422);
        assertThat(badDates.body().get("errors").findValuesAsString("field")).containsExactly("endDate");
        Response renamed = officer.put(contractPath, new ContractInput("Acme Software S.A.",
                new BigDecimal("120000.00"), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), null),
                added.etag());
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(officer.get(contractPath).body().get("supplier").asString()).isEqualTo("Acme Software S.A.");
        assertThat(officer.delete(contractPath, added.etag()).status()).isEqualTo(409);
        assertThat(officer.delete(contractPath, renamed.etag()).status()).isEqualTo(204);
        assertThat(officer.get(base + "/contracts").body()).isEmpty();
    }

    @Test
    void a_user_of_another_organisation_can_neither_read_nor_change_the_assessments() {
        long id = create(Fixtures.project(ministry));
        String base = "/api/v1/projects/" + id;
        Response risk = officer.post(base + "/risks", risk(3, 3, 2, 2));
        VersionedApiClient stranger = client(fixtures.officerOf(fixtures.organisation(null)));

        for (String path : List.of("/standards", "/value", "/risks", "/risks/heat-map", "/transparency",
                "/procurement", "/contracts")) {
            assertThat(stranger.get(base + path).status()).as(path).isEqualTo(403);
        }
        assertThat(stranger.post(base + "/risks", risk(3, 3, 2, 2)).status()).isEqualTo(403);
        assertThat(stranger.put(base + "/risks/" + risk.body().get("id").asLong(), risk(1, 1, 1, 1), risk.etag())
                .status()).isEqualTo(403);
        assertThat(stranger.put(base + "/procurement", new ProcurementStrategyInput(ProcurementMethod.IN_HOUSE,
                JointProcurement.NONE, "x"), null).status()).isEqualTo(403);
        assertThat(stranger.put(base + "/value", Map.of(), "\"0\"").status()).isEqualTo(403);
        assertThat(officer.get(base + "/risks").body().findValuesAsString("description"))
                .containsExactly("A risk seen over the API");
        assertThat(stranger.get("/api/v1/procurement/joint-opportunities").status())
                .as("not a procurement authority").isEqualTo(403);
        assertThat(stranger.get("/api/v1/value/ranking").status()).as("not a portfolio role").isEqualTo(403);
    }

    @Test
    void the_digital_authority_reviews_a_standard_and_grants_a_waiver_through_the_api() {
        long id = create(Fixtures.project(ministry));
        String base = "/api/v1/projects/" + id;
        String code = selfAssessEverything(id);
        valueTestData.complete(owner, id);
        riskTestData.complete(owner, id);
        procurementTestData.complete(owner, id);
        assertThat(officer.post(base + "/submit", Map.of()).status()).isEqualTo(200);

        Response read = authority.get(base + "/standards");
        assertThat(authority.post(base + "/standards/" + code + "/review", Map.of("outcome", "NOT_MET"), null)
                .status()).isEqualTo(428);
        Response noNote = authority.post(base + "/standards/" + code + "/review", Map.of("outcome", "NOT_MET"),
                read.etag());
        assertThat(noNote.status()).as("an override needs a note").isEqualTo(422);
        assertThat(noNote.body().get("errors").findValuesAsString("field")).containsExactly("note");
        Response ownerReviews = officer.post(base + "/standards/" + code + "/review",
                Map.of("outcome", "MET"), read.etag());
        assertThat(ownerReviews.status()).isEqualTo(403);

        Response reviewed = authority.post(base + "/standards/" + code + "/review",
                Map.of("outcome", "NOT_MET", "note", "The evidence is a plan, not a result."), read.etag());
        assertThat(reviewed.status()).as(String.valueOf(reviewed.body())).isEqualTo(200);
        assertThat(standard(reviewed.body(), code).get("reviewerOutcome").asString()).isEqualTo("NOT_MET");

        assertThat(authority.post(base + "/standards/" + code + "/waiver", Map.of("justification", "x"),
                read.etag()).status()).as("stale").isEqualTo(409);
        Response waived = authority.post(base + "/standards/" + code + "/waiver",
                Map.of("justification", "Accepted until the second release."), reviewed.etag());
        assertThat(waived.status()).as(String.valueOf(waived.body())).isEqualTo(200);
        assertThat(standard(waived.body(), code).get("waived").asBoolean()).isTrue();
        assertThat(standard(officer.get(base + "/standards").body(), code).get("waiverJustification").asString())
                .isEqualTo("Accepted until the second release.");

        Response revoked = authority.delete(base + "/standards/" + code + "/waiver", waived.etag());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(standard(revoked.body(), code).get("waived").asBoolean()).isFalse();
        assertThat(officer.get(base + "/history").body().findValuesAsString("action")).contains(
                "STANDARDS_REVIEW", "STANDARDS_WAIVER_GRANTED", "STANDARDS_WAIVER_REVOKED");
    }

    @Test
    void the_catalogue_settings_ranking_and_joint_opportunities_are_readable_by_their_audience() {
        Response catalogue = officer.get("/api/v1/standards/catalogue");
        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.body().get("standards")).isNotEmpty();
        int current = catalogue.body().get("version").get("number").asInt();
        Response versions = officer.get("/api/v1/standards/catalogue/versions");
        assertThat(versions.body().get(0).get("number").asInt()).isEqualTo(current);
        assertThat(officer.get("/api/v1/standards/catalogue/versions/1").body().get("version").get("number")
                .asInt()).isEqualTo(1);
        assertThat(officer.get("/api/v1/standards/catalogue/versions/99999").status()).isEqualTo(404);

        JsonNode settings = officer.get("/api/v1/value/settings").body();
        assertThat(settings.get("discountRate").isNull()).isFalse();
        assertThat(settings.get("weights").has("economic")).isTrue();

        VersionedApiClient budget = client(fixtures.nationalUser(Role.BUDGET_OFFICE));
        Response ranking = budget.get("/api/v1/value/ranking?size=5&status=DRAFT&status=IN_REVIEW");
        assertThat(ranking.status()).as(String.valueOf(ranking.body())).isEqualTo(200);
        assertThat(ranking.body().get("size").asInt()).isEqualTo(5);
        assertThat(ranking.body().get("items").size()).isLessThanOrEqualTo(5);
        Response tooBig = budget.get("/api/v1/value/ranking?size=201");
        assertThat(tooBig.status()).isEqualTo(422);
        assertThat(tooBig.body().get("errors").findValuesAsString("field")).containsExactly("size");
        assertThat(budget.get("/api/v1/value/ranking?status=NOT_A_STATUS").status()).isEqualTo(400);

        VersionedApiClient procurement = client(fixtures.nationalUser(Role.PROCUREMENT_AUTHORITY));
        assertThat(procurement.get("/api/v1/procurement/joint-opportunities").status()).isEqualTo(200);
    }

    @Test
    void the_openapi_description_lists_the_new_paths() {
        JsonNode paths = new VersionedApiClient(port, null).get("/v3/api-docs").body().get("paths");

        assertThat(paths.has("/api/v1/projects/{id}/standards")).isTrue();
        assertThat(paths.has("/api/v1/projects/{id}/standards/{code}/review")).isTrue();
        assertThat(paths.get("/api/v1/projects/{id}/standards/{code}/waiver").has("delete")).isTrue();
        assertThat(paths.has("/api/v1/standards/catalogue/versions")).isTrue();
        assertThat(paths.get("/api/v1/projects/{id}/value").has("put")).isTrue();
        assertThat(paths.has("/api/v1/value/ranking")).isTrue();
        assertThat(paths.has("/api/v1/value/objectives")).isTrue();
        assertThat(paths.has("/api/v1/value/settings")).isTrue();
        assertThat(paths.get("/api/v1/projects/{id}/risks/{riskId}").has("delete")).isTrue();
        assertThat(paths.has("/api/v1/projects/{id}/risks/heat-map")).isTrue();
        assertThat(paths.get("/api/v1/projects/{id}/transparency").has("put")).isTrue();
        assertThat(paths.get("/api/v1/projects/{id}/procurement").has("put")).isTrue();
        assertThat(paths.get("/api/v1/projects/{id}/contracts/{contractId}").has("delete")).isTrue();
        assertThat(paths.has("/api/v1/procurement/joint-opportunities")).isTrue();
    }

    /** Self-assesses every standard as met over the API; returns the code of the first standard. */
    private String selfAssessEverything(long id) {
        Response read = officer.get("/api/v1/projects/" + id + "/standards");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"" + read.body().get("version").asInt() + "\"");
        Response saved = officer.put("/api/v1/projects/" + id + "/standards", selfAssessment(read.body(), "MET"),
                read.etag());
        assertThat(saved.status()).as(String.valueOf(saved.body())).isEqualTo(200);
        assertThat(saved.etag()).isNotEqualTo(read.etag());
        assertThat(saved.body().get("catalogueFixed").asBoolean()).isTrue();
        return saved.body().get("standards").get(0).get("code").asString();
    }

    private static Map<String, Object> selfAssessment(JsonNode assessment, String outcome) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (JsonNode standard : assessment.get("standards")) {
            String code = standard.get("code").asString();
            entries.add(Map.of("standardCode", code, "outcome", outcome, "evidence", "Evidence for " + code));
        }
        return Map.of("standards", entries);
    }

    private static JsonNode standard(JsonNode assessment, String code) {
        for (JsonNode standard : assessment.get("standards")) {
            if (standard.get("code").asString().equals(code)) {
                return standard;
            }
        }
        throw new AssertionError("no standard " + code);
    }

    private static int cell(JsonNode heatMap, int likelihood, int impact) {
        for (JsonNode cell : heatMap.get("cells")) {
            if (cell.get("likelihood").asInt() == likelihood && cell.get("impact").asInt() == impact) {
                return cell.get("count").asInt();
            }
        }
        throw new AssertionError("no cell " + likelihood + " × " + impact);
    }

    private static RiskInput risk(int likelihood, int impact, int residualLikelihood, int residualImpact) {
        return new RiskInput(RiskCategory.DELIVERY_AND_SCHEDULE, "A risk seen over the API", likelihood, impact,
                "Fortnightly releases", residualLikelihood, residualImpact, "Programme manager", RiskStatus.OPEN);
    }

    private long create(Object input) {
        Response created = officer.post("/api/v1/projects", input);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private VersionedApiClient client(TableroUser user) {
        return new VersionedApiClient(port, fixtures.as(user, () -> tokens.create("tests")).secret());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(ProjectInput input) {
        return new HashMap<>(JsonMapper.builder().build().convertValue(input, Map.class));
    }
}
