package org.tablero.assessment;

import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tablero.approval.AssessmentRecord;
import org.tablero.assessment.risk.RiskService;
import org.tablero.assessment.standards.StandardsComplianceService;
import org.tablero.assessment.value.ValuePropositionService;
import org.tablero.procurement.ProcurementService;
import org.tablero.project.Project;

/** The parts of a project that each review round records as it judged them. */
@Configuration
class AssessmentRecords {

    @Bean
    AssessmentRecord standardsRecord(StandardsComplianceService standards) {
        return record("standards", project -> standards.assessment(project.id()));
    }

    @Bean
    AssessmentRecord valueRecord(ValuePropositionService values) {
        return record("value", project -> values.get(project.id()));
    }

    @Bean
    AssessmentRecord risksRecord(RiskService risks) {
        return record("risks", project -> Map.of("risks", risks.risks(project.id()),
                "transparency", risks.transparency(project.id()).<Object>map(record -> record).orElse(Map.of())));
    }

    @Bean
    AssessmentRecord procurementRecord(ProcurementService procurement) {
        return record("procurement", project -> procurement.strategy(project.id()).<Object>map(strategy -> strategy)
                .orElse(Map.of()));
    }

    private static AssessmentRecord record(String part, Function<Project, Object> state) {
        return new AssessmentRecord() {
            @Override
            public String part() {
                return part;
            }

            @Override
            public Object currentState(Project project) {
                return state.apply(project);
            }
        };
    }
}
