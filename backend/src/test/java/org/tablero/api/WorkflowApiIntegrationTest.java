package org.tablero.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tablero.identity.ApiTokenService;
import org.tablero.identity.NewApiToken;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.project.ProjectInput;
import org.tablero.support.ApiClient;
import org.tablero.support.ApiClient.Response;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/** The workflow driven over real HTTP with personal API tokens, as an agency's system would. */
@DatabaseTest
class WorkflowApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokenService tokens;

    Organisation ministry;
    TableroUser owner;
    ApiClient officer;
    ApiClient authority;
    ApiClient budget;
    ApiClient procurement;
    ApiClient board;

    @BeforeEach
    void clients() {
        ministry = fixtures.organisation(null);
        owner = fixtures.officerOf(ministry);
        officer = client(owner);
        authority = client(fixtures.nationalUser(Role.DIGITAL_AUTHORITY));
        budget = client(fixtures.nationalUser(Role.BUDGET_OFFICE));
        procurement = client(fixtures.nationalUser(Role.PROCUREMENT_AUTHORITY));
        board = client(fixtures.nationalUser(Role.STRATEGIC_BOARD));
    }

    @Test
    void a_full_operational_round_over_the_api_ends_in_approval_and_shows_in_the_history() {
        long id = createAndSubmit(Fixtures.project(ministry));

        assertThat(authority.get("/api/v1/reviews/waiting").body().findValuesAsString("code")).isNotEmpty();
        verdict(authority, id, "STANDARDS_AND_RISK", "ENDORSE");
        verdict(budget, id, "VALUE_AND_COST", "ENDORSE");
        Response last = verdict(procurement, id, "PROCUREMENT_STRATEGY", "ENDORSE");

        assertThat(last.body().get("status").asString()).isEqualTo("APPROVED");
        Response rounds = officer.get("/api/v1/projects/" + id + "/rounds");
        assertThat(rounds.body().get(0).get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(rounds.body().get(0).get("reviews")).hasSize(3);
        assertThat(officer.get("/api/v1/projects/" + id + "/history").body().findValuesAsString("action"))
                .contains("CREATE", "SUBMIT", "REVIEW_ENDORSE", "ROUND_CLOSED");
    }

    @Test
    void a_strategic_project_needs_the_board() {
        ProjectInput input = Fixtures.project(ministry);
        Map<String, Object> expensive = new HashMap<>(asMap(input));
        expensive.put("costs", List.of(Map.of("fiscalYear", 2026, "capital", "9000000.00",
                "operating", "0.00")));
        long id = createAndSubmit(expensive);
        verdict(authority, id, "STANDARDS_AND_RISK", "ENDORSE");
        verdict(budget, id, "VALUE_AND_COST", "ENDORSE");
        assertThat(verdict(procurement, id, "PROCUREMENT_STRATEGY", "ENDORSE").body().get("status").asString())
                .isEqualTo("BOARD_REVIEW");

        assertThat(board.get("/api/v1/reviews/waiting").body().findValuesAsString("code")).isNotEmpty();
        Response decided = board.post("/api/v1/projects/" + id + "/board-decision",
                Map.of("approve", true, "rationale", "Strategic for the national ID."));

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.body().get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void a_request_for_changes_returns_the_project_and_the_second_round_keeps_the_first() {
        long id = createAndSubmit(Fixtures.project(ministry));
        verdict(authority, id, "STANDARDS_AND_RISK", "REQUEST_CHANGES");
        verdict(budget, id, "VALUE_AND_COST", "ENDORSE");
        assertThat(verdict(procurement, id, "PROCUREMENT_STRATEGY", "ENDORSE").body().get("status").asString())
                .isEqualTo("RETURNED");

        assertThat(officer.post("/api/v1/projects/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        verdict(authority, id, "STANDARDS_AND_RISK", "ENDORSE");

        Response rounds = officer.get("/api/v1/projects/" + id + "/rounds");
        assertThat(rounds.body()).hasSize(2);
        assertThat(rounds.body().get(0).get("outcome").asString()).isEqualTo("RETURNED");
        assertThat(rounds.body().get(0).get("reviews").findValuesAsString("verdict")).contains("REQUEST_CHANGES");
        assertThat(rounds.body().get(1).get("outcome").isNull()).isTrue();
    }

    @Test
    void an_objection_rejects_an_operational_project() {
        long id = createAndSubmit(Fixtures.project(ministry));
        verdict(authority, id, "STANDARDS_AND_RISK", "OBJECT");
        verdict(budget, id, "VALUE_AND_COST", "ENDORSE");

        assertThat(verdict(procurement, id, "PROCUREMENT_STRATEGY", "ENDORSE").body().get("status").asString())
                .isEqualTo("REJECTED");
        assertThat(officer.get("/api/v1/projects/" + id + "/history").body().findValuesAsString("action"))
                .contains("REVIEW_OBJECT", "ROUND_CLOSED");
    }

    @Test
    void a_high_residual_risk_without_mitigation_blocks_every_endorsement_but_not_a_request_for_changes() {
        Response created = officer.post("/api/v1/projects", Fixtures.project(ministry));
        long id = created.body().get("id").asLong();
        fixtures.completeAssessments(owner, id);
        Response risk = officer.post("/api/v1/projects/" + id + "/risks", Map.of("category", "VENDOR_LOCK_IN",
                "description", "A single supplier holds the source code.", "likelihood", 4, "impact", 4,
                "residualLikelihood", 4, "residualImpact", 3, "status", "OPEN"));
        assertThat(risk.status()).as(String.valueOf(risk.body())).isEqualTo(201);
        assertThat(officer.post("/api/v1/projects/" + id + "/submit", Map.of()).status()).isEqualTo(200);

        Response gated = budget.post("/api/v1/projects/" + id + "/reviews",
                Map.of("aspect", "VALUE_AND_COST", "verdict", "ENDORSE", "rationale", "Good value"));

        assertThat(gated.status()).isEqualTo(409);
        assertThat(gated.body().get("errors").findValuesAsString("code"))
                .contains("risk.blocked.unmitigated-high-risk");
        assertThat(officer.get("/api/v1/projects/" + id + "/rounds").body().get(0).get("reviews")).isEmpty();
        verdict(budget, id, "VALUE_AND_COST", "REQUEST_CHANGES");
    }

    @Test
    void refusals_say_what_is_wrong_with_the_status_code_http_defines() {
        long id = createAndSubmit(Fixtures.project(ministry));

        Response noRationale = authority.post("/api/v1/projects/" + id + "/reviews",
                Map.of("aspect", "STANDARDS_AND_RISK", "verdict", "ENDORSE", "rationale", ""));
        assertThat(noRationale.status()).isEqualTo(422);
        assertThat(noRationale.body().get("errors").get(0).get("field").asString()).isEqualTo("rationale");
        assertThat(noRationale.body().get("errors").get(0).get("message").asString()).isNotBlank();

        Response wrongStatus = officer.post("/api/v1/projects/" + id + "/steps", Map.of("action", "START"));
        assertThat(wrongStatus.status()).isEqualTo(409);

        Response wrongRole = budget.post("/api/v1/projects/" + id + "/reviews",
                Map.of("aspect", "STANDARDS_AND_RISK", "verdict", "ENDORSE", "rationale", "Looks fine"));
        assertThat(wrongRole.status()).isEqualTo(403);

        Response unreadable = officer.postRaw("/api/v1/projects", "{ not json");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body().get("message").asString()).isNotBlank();

        Response unknownVerdict = authority.postRaw("/api/v1/projects/" + id + "/reviews",
                "{\"aspect\":\"STANDARDS_AND_RISK\",\"verdict\":\"MAYBE\",\"rationale\":\"x\"}");
        assertThat(unknownVerdict.status()).isEqualTo(400);
    }

    @Test
    void a_user_of_another_organisation_gets_nothing() {
        long id = createAndSubmit(Fixtures.project(ministry));
        ApiClient stranger = client(fixtures.officerOf(fixtures.organisation(null)));

        assertThat(stranger.get("/api/v1/projects/" + id).status()).isEqualTo(403);
        assertThat(stranger.post("/api/v1/projects/" + id + "/steps", Map.of("action", "CANCEL", "reason", "x"))
                .status()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/projects?size=200").body().findValuesAsString("id"))
                .doesNotContain(String.valueOf(id));
    }

    @Test
    void an_update_must_name_the_version_it_changes() {
        Response created = officer.post("/api/v1/projects", Fixtures.project(ministry));
        long id = created.body().get("id").asLong();
        Map<String, Object> renamed = new HashMap<>(asMap(Fixtures.project(ministry)));
        renamed.put("code", created.body().get("code").asString());
        renamed.put("title", "Renamed over the API");

        assertThat(officer.put("/api/v1/projects/" + id, renamed, null).status()).isEqualTo(428);
        Response updated = officer.put("/api/v1/projects/" + id, renamed, created.etag());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(officer.put("/api/v1/projects/" + id, renamed, created.etag()).status())
                .as("the same old version a second time").isEqualTo(409);
    }

    @Test
    void a_revoked_or_unknown_token_is_refused_with_401() {
        TableroUser user = fixtures.officerOf(ministry);
        NewApiToken token = fixtures.as(user, () -> tokens.create("agency system"));
        ApiClient client = new ApiClient(port, token.secret());
        assertThat(client.get("/api/v1/projects").status()).isEqualTo(200);

        fixtures.as(user, () -> {
            tokens.revoke(token.token().id());
            return null;
        });

        assertThat(client.get("/api/v1/projects").status()).isEqualTo(401);
        assertThat(new ApiClient(port, "tab_made-up").get("/api/v1/projects").status()).isEqualTo(401);
        assertThat(new ApiClient(port, null).get("/api/v1/projects").status()).isEqualTo(401);
        assertThat(fixtures.as(user, tokens::mine)).singleElement()
                .satisfies(listed -> assertThat(listed.isActive()).isFalse());
    }

    @Test
    void the_api_is_described_by_openapi() {
        Response description = new ApiClient(port, null).get("/v3/api-docs");
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.body().get("paths").has("/api/v1/projects/{id}/reviews")).isTrue();
    }

    private long createAndSubmit(Object input) {
        Response created = officer.post("/api/v1/projects", input);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        long id = created.body().get("id").asLong();
        fixtures.completeAssessments(owner, id);
        Response submitted = officer.post("/api/v1/projects/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(String.valueOf(submitted.body())).isEqualTo(200);
        return id;
    }

    private static Response verdict(ApiClient reviewer, long id, String aspect, String verdict) {
        Response response = reviewer.post("/api/v1/projects/" + id + "/reviews",
                Map.of("aspect", aspect, "verdict", verdict, "rationale", "Checked: " + verdict));
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        return response;
    }

    private ApiClient client(TableroUser user) {
        return new ApiClient(port, fixtures.as(user, () -> tokens.create("tests")).secret());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(ProjectInput input) {
        return JsonMapper.builder().build().convertValue(input, Map.class);
    }
}
