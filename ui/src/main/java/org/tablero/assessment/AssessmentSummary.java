package org.tablero.assessment;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.stream.Collectors;
import org.tablero.assessment.risk.Risk;
import org.tablero.assessment.risk.RiskLevel;
import org.tablero.assessment.risk.RiskService;
import org.tablero.assessment.standards.ComplianceAssessment;
import org.tablero.assessment.standards.ComplianceOutcome;
import org.tablero.assessment.standards.StandardsComplianceService;
import org.tablero.assessment.value.ValueProposition;
import org.tablero.assessment.value.ValuePropositionService;
import org.tablero.common.Labels;
import org.tablero.procurement.ProcurementService;
import org.tablero.project.Project;

/**
 * The owner's three assessments and procurement strategy at a glance, for the review screen and the project
 * page: standards outcomes counted, value figures, active risks by residual level, the procurement method.
 */
public class AssessmentSummary extends Composite<Div> {

    public AssessmentSummary(Project project, StandardsComplianceService standards, ValuePropositionService values,
            RiskService risks, ProcurementService procurement) {
        Div content = getContent();
        content.addClassName("assessment-summary");
        content.add(new H3(getTranslation("assessment.summary")));

        ComplianceAssessment compliance = standards.assessment(project.id());
        Map<ComplianceOutcome, Long> outcomes = compliance.standards().stream()
                .filter(standard -> standard.effectiveOutcome() != null)
                .collect(Collectors.groupingBy(standard -> standard.effectiveOutcome(), Collectors.counting()));
        content.add(line("assessment.standards", outcomes.isEmpty() ? getTranslation("standards.none")
                : outcomes.entrySet().stream().map(entry -> Labels.of(entry.getKey()) + ": " + entry.getValue())
                        .collect(Collectors.joining(" · "))
                        + (compliance.blockingEndorsement().isEmpty() ? ""
                                : " — " + getTranslation("standards.blocked.mandatory-not-met"))));

        ValueProposition value = values.get(project.id());
        content.add(line("assessment.value", value.valueScore() == null ? getTranslation("value.not-yet")
                : getTranslation("assessment.value-line", value.valueScore().toPlainString(),
                        value.economic() == null || value.economic().bcr() == null ? "–"
                                : value.economic().bcr().toPlainString(),
                        value.economic() == null || value.economic().paybackYear() == null ? "–"
                                : String.valueOf(value.economic().paybackYear()))));

        Map<RiskLevel, Long> levels = risks.risks(project.id()).stream().filter(Risk::isActive)
                .collect(Collectors.groupingBy(Risk::residualLevel, Collectors.counting()));
        content.add(line("assessment.risks", levels.isEmpty() ? getTranslation("standards.none")
                : levels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(entry -> Labels.of(entry.getKey()) + ": " + entry.getValue())
                        .collect(Collectors.joining(" · "))));

        content.add(line("assessment.procurement", procurement.strategy(project.id())
                .map(strategy -> Labels.of(strategy.method())).orElse(getTranslation("standards.none"))));
        content.add(AssessmentLinks.of(project));
    }

    private Div line(String labelKey, String value) {
        Div line = new Div(new Span(getTranslation(labelKey)), new Span(value));
        line.addClassName("detail");
        return line;
    }
}
