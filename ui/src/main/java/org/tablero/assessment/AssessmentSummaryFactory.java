package org.tablero.assessment;

import org.springframework.stereotype.Component;
import org.tablero.assessment.risk.RiskService;
import org.tablero.assessment.standards.StandardsComplianceService;
import org.tablero.assessment.value.ValuePropositionService;
import org.tablero.procurement.ProcurementService;
import org.tablero.project.Project;

/** Builds {@link AssessmentSummary} components, so that views need one dependency rather than four. */
@Component
public class AssessmentSummaryFactory {

    private final StandardsComplianceService standards;
    private final ValuePropositionService values;
    private final RiskService risks;
    private final ProcurementService procurement;

    AssessmentSummaryFactory(StandardsComplianceService standards, ValuePropositionService values, RiskService risks,
            ProcurementService procurement) {
        this.standards = standards;
        this.values = values;
        this.risks = risks;
        this.procurement = procurement;
    }

    public AssessmentSummary of(Project project) {
        return new AssessmentSummary(project, standards, values, risks, procurement);
    }
}
