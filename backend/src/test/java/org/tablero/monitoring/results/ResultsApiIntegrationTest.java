package org.tablero.monitoring.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tablero.db.Tables.AUDIT_EVENT;
import static org.tablero.db.Tables.KPI;
import static org.tablero.db.Tables.KPI_MEASUREMENT;
import static org.tablero.db.Tables.UX_MEASUREMENT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tablero.identity.ApiTokenService;
import org.tablero.identity.TableroUser;
import org.tablero.organisation.Organisation;
import org.tablero.support.ApiClient;
import org.tablero.support.ApiClient.Response;
import org.tablero.support.DatabaseTest;
import org.tablero.support.Fixtures;

/** An agency's own system pushes KPIs, measurements, user-experience figures and the closure over real HTTP. */
@DatabaseTest
class ResultsApiIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String THIS_MONTH = TODAY.withDayOfMonth(1).toString();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ExecutingProjects executing;

    @Autowired
    DSLContext db;

    Organisation ministry;
    ApiClient officer;
    String base;

    @BeforeEach
    void projectInExecution() {
        ministry = fixtures.organisation(null);
        TableroUser owner = fixtures.officerOf(ministry);
        officer = client(owner);
        base = "/api/v1/projects/" + executing.inExecution(owner, ministry).id();
    }

    @Test
    void an_agency_system_keeps_kpis_with_their_version_and_pushes_measurements() {
        Response created = officer.post(base + "/kpis", kpi("80"));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"0\"");
        String kpiPath = base + "/kpis/" + created.body().get("id").asLong();

        assertThat(officer.put(kpiPath, kpi("90"), null).status()).isEqualTo(428);
        Response changed = officer.put(kpiPath, kpi("90"), created.etag());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"1\"");
        assertThat(officer.put(kpiPath, kpi("95"), created.etag()).status()).as("stale").isEqualTo(409);

        Response measured = officer.post(kpiPath + "/measurements",
                Map.of("measuredOn", TODAY.minusDays(1).toString(), "value", 70, "note", "Monthly statistics"));
        assertThat(measured.status()).as(String.valueOf(measured.body())).isEqualTo(201);
        Response again = officer.post(kpiPath + "/measurements",
                Map.of("measuredOn", TODAY.minusDays(1).toString(), "value", 66));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("measuredOn");
        assertThat(again.body().get("errors").get(0).get("code").asString())
                .isEqualTo(ResultsRules.MEASUREMENT_DATE_TAKEN);

        Response kpis = officer.get(base + "/kpis");
        assertThat(kpis.body()).hasSize(1);
        assertThat(kpis.body().get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(kpis.body().get(0).get("progress").asDouble()).isEqualTo(0.5);
        assertThat(officer.get(kpiPath + "/measurements").body().findValuesAsString("measuredOn"))
                .containsExactly(TODAY.minusDays(1).toString());
        assertThat(officer.get(base + "/history").body().findValuesAsString("action"))
                .contains("KPI_ADD", "KPI_UPDATE", "KPI_MEASUREMENT_ADD");
    }

    @Test
    void ux_figures_out_of_range_are_refused_with_the_fields_at_fault_and_valid_ones_are_recorded() {
        Map<String, Object> figures = new HashMap<>(Map.of("period", THIS_MONTH, "satisfiedResponses", 45,
                "responses", 60, "completionRate", 101, "digitalTakeUp", 64.5, "costPerTransaction", -1));

        Response refused = officer.post(base + "/ux-measurements", figures);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("completionRate", "costPerTransaction");
        assertThat(officer.get(base + "/ux-measurements").body()).isEmpty();

        figures.put("completionRate", 87.5);
        figures.put("costPerTransaction", 3.2);
        Response recorded = officer.post(base + "/ux-measurements", figures);
        assertThat(recorded.status()).as(String.valueOf(recorded.body())).isEqualTo(201);
        assertThat(recorded.body().get("satisfaction").asDouble()).isEqualTo(75.0);
        assertThat(officer.post(base + "/ux-measurements", figures).status()).as("the same month again")
                .isEqualTo(422);
    }

    @Test
    void the_closure_is_404_until_recorded_and_then_shows_the_share_of_planned_benefits() {
        assertThat(officer.get(base + "/closure").status()).isEqualTo(404);

        Response closed = officer.post(base + "/closure", Map.of("realisedBenefits", 165000,
                "benefitsSummary", "Records shared between clinics.", "lessonsLearned", "Start with one region."));

        assertThat(closed.status()).as(String.valueOf(closed.body())).isEqualTo(201);
        Response closure = officer.get(base + "/closure");
        assertThat(closure.body().get("plannedBenefits").asDouble()).isEqualTo(150000.0);
        assertThat(closure.body().get("realisedPercent").asDouble()).isEqualTo(110.0);
    }

    @Test
    void an_officer_of_another_organisation_can_neither_read_nor_write_over_the_api() {
        Response kpi = officer.post(base + "/kpis", kpi("80"));
        String kpiPath = base + "/kpis/" + kpi.body().get("id").asLong();
        ApiClient stranger = client(fixtures.officerOf(fixtures.organisation(null)));
        int auditBefore = db.fetchCount(AUDIT_EVENT);
        int kpisBefore = db.fetchCount(KPI);
        int measurementsBefore = db.fetchCount(KPI_MEASUREMENT);
        int uxBefore = db.fetchCount(UX_MEASUREMENT);

        for (String path : List.of("/kpis", "/kpis/" + kpi.body().get("id").asLong(), "/ux-measurements",
                "/closure")) {
            assertThat(stranger.get(base + path).status()).as(path).isEqualTo(403);
        }
        assertThat(stranger.get(kpiPath + "/measurements").status()).isEqualTo(403);
        assertThat(stranger.post(base + "/kpis", kpi("80")).status()).isEqualTo(403);
        assertThat(stranger.put(kpiPath, kpi("99"), kpi.etag()).status()).isEqualTo(403);
        assertThat(stranger.post(kpiPath + "/measurements", Map.of("measuredOn", TODAY.toString(), "value", 70))
                .status()).isEqualTo(403);
        assertThat(stranger.post(base + "/ux-measurements", Map.of("period", THIS_MONTH, "satisfiedResponses", 1,
                "responses", 2)).status()).isEqualTo(403);

        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
        assertThat(db.fetchCount(KPI)).isEqualTo(kpisBefore);
        assertThat(db.fetchCount(KPI_MEASUREMENT)).isEqualTo(measurementsBefore);
        assertThat(db.fetchCount(UX_MEASUREMENT)).isEqualTo(uxBefore);
    }

    @Test
    void the_results_endpoints_are_described_by_openapi() {
        Response description = new ApiClient(port, null).get("/v3/api-docs");
        assertThat(description.body().get("paths").propertyNames()).contains(
                "/api/v1/projects/{id}/kpis", "/api/v1/projects/{id}/kpis/{kpiId}",
                "/api/v1/projects/{id}/kpis/{kpiId}/measurements", "/api/v1/projects/{id}/ux-measurements",
                "/api/v1/projects/{id}/closure");
    }

    private static Map<String, Object> kpi(String target) {
        return Map.of("name", "Procedures fully online", "unit", "%", "baselineValue", 50, "targetValue", target,
                "targetDate", TODAY.plusYears(1).toString(), "direction", "INCREASE");
    }

    private ApiClient client(TableroUser user) {
        return new ApiClient(port, fixtures.as(user, () -> tokens.create("tests")).secret());
    }
}
