package org.tablero.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tablero.assessment.risk.RiskCategory;

/** The rules of the public read model that need no database. */
class PublicationRulesTest {

    @Test
    void a_kpi_meets_its_target_in_its_direction_and_is_unknown_before_a_measurement() {
        assertThat(KpiTarget.met("INCREASE", new BigDecimal("60"), new BigDecimal("60"))).isTrue();
        assertThat(KpiTarget.met("INCREASE", new BigDecimal("59.9"), new BigDecimal("60"))).isFalse();
        assertThat(KpiTarget.met("DECREASE", new BigDecimal("4"), new BigDecimal("5"))).isTrue();
        assertThat(KpiTarget.met("DECREASE", new BigDecimal("5.01"), new BigDecimal("5"))).isFalse();
        assertThat(KpiTarget.met("INCREASE", null, new BigDecimal("5"))).isNull();
    }

    @Test
    void the_last_ended_quarter_and_its_last_day() {
        assertThat(Quarter.lastEndedBy(LocalDate.of(2026, 1, 1))).isEqualTo(new Quarter(2025, 4));
        assertThat(Quarter.lastEndedBy(LocalDate.of(2026, 9, 30))).isEqualTo(new Quarter(2026, 2));
        assertThat(new Quarter(2026, 2).lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Quarter.parse("2026-Q3")).hasToString("2026-Q3");
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(PublicQueryException.class);
    }

    @Test
    void a_cybersecurity_risk_text_is_withheld_whatever_the_marks_and_a_marked_field_shows_its_ground() {
        Disclosure disclosure = new Disclosure(List.of(new ConfidentialMark(7, ConfidentialField.CONTRACT_SUPPLIER, 3,
                "Ley 19.628", java.time.Instant.now())));
        Disclosed<String> cyber = disclosure.riskText(7, RiskCategory.CYBERSECURITY, ConfidentialField.RISK_DESCRIPTION,
                1, "open port 22");
        assertThat(cyber.value()).isNull();
        assertThat(cyber.reason()).isEqualTo(WithholdingReason.CYBERSECURITY);
        assertThat(disclosure.riskText(7, RiskCategory.FINANCIAL, ConfidentialField.RISK_DESCRIPTION, 1, "FX")
                .value()).isEqualTo("FX");
        assertThat(disclosure.field(7, ConfidentialField.CONTRACT_SUPPLIER, 3, "ACME").withheld())
                .isEqualTo("withheld: Ley 19.628");
        assertThat(disclosure.field(7, ConfidentialField.CONTRACT_SUPPLIER, 4, "Other").value()).isEqualTo("Other");
        assertThat(Disclosure.personal("Ana Pérez").withheld()).isEqualTo("withheld: personal data");
        assertThat(Disclosure.personal(" ").hidden()).isFalse();
    }

    @Test
    void a_withheld_field_is_two_csv_columns_so_that_a_typed_column_never_holds_the_marker() {
        TableSchema schema = TableSchema.of(PublicContract.class);
        assertThat(schema.header()).containsExactly("id", "project_code", "supplier", "supplier_withheld", "value",
                "value_withheld", "start_date", "end_date", "ocid");
        Map<String, Object> described = schema.describe(PublicDataset.CONTRACTS);
        assertThat(described.get("primaryKey")).isEqualTo(List.of("id"));
        assertThat(described.toString()).contains("type=number", "resource=projects");
        PublicContract contract = new PublicContract(1, "P-1", Disclosed.withheld(WithholdingReason.CONFIDENTIAL, "law"),
                Disclosed.shown(new BigDecimal("10.50")), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), null);
        assertThat(schema.columns().stream().map(column -> column.format(contract)).toList())
                .containsExactly("1", "P-1", null, "withheld: law", "10.50", null, "2026-01-01", "2026-02-01", null);
    }
}
