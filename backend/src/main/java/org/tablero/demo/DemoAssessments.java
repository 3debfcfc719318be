package org.tablero.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tablero.assessment.risk.RiskCategory;
import org.tablero.assessment.risk.RiskInput;
import org.tablero.assessment.risk.RiskService;
import org.tablero.assessment.risk.RiskStatus;
import org.tablero.assessment.risk.TransparencyInput;
import org.tablero.assessment.standards.ComplianceAssessment;
import org.tablero.assessment.standards.ComplianceOutcome;
import org.tablero.assessment.standards.SelfAssessmentInput;
import org.tablero.assessment.standards.StandardCompliance;
import org.tablero.assessment.standards.StandardsComplianceService;
import org.tablero.assessment.value.StrategyObjective;
import org.tablero.assessment.value.StrategyObjectiveService;
import org.tablero.assessment.value.ValuePropositionInput;
import org.tablero.assessment.value.ValuePropositionService;
import org.tablero.assessment.value.ValueYear;
import org.tablero.procurement.JointProcurement;
import org.tablero.procurement.ProcurementMethod;
import org.tablero.procurement.ProcurementService;
import org.tablero.procurement.ProcurementStrategyInput;
import org.tablero.project.Project;
import org.tablero.project.YearlyCost;

/**
 * Fills a demo project's assessments as its owner would before submitting it: the standards self-assessment,
 * the value proposition, a short risk register
 * (with the ethics risk and transparency record an AI project needs) and a procurement strategy.
 * Called as the project's owner.
 */
@Component
class DemoAssessments {

    private static SelfAssessmentInput selfAssessment(StandardCompliance standard, long projectId) {
        // a recommended standard is now and then only partly met, as in real portfolios
        if (!standard.mandatory() && (projectId + standard.position()) % 3 == 0) {
            return new SelfAssessmentInput(standard.code(), ComplianceOutcome.PARTIALLY_MET,
                    "Cumplimiento parcial; el plan de trabajo incluye las acciones pendientes para la segunda fase.");
        }
        return new SelfAssessmentInput(standard.code(), ComplianceOutcome.MET,
                "Documentado en el expediente del proyecto, sección " + standard.position() + ".");
    }

    /**
     * Costs from the register; benefits that start small and grow, so that some projects pay back within
     * their plan and others do not.
     */
    private ValuePropositionInput valueProposition(Project project) {
        long id = project.id();
        BigDecimal growth = BigDecimal.valueOf(60 + id % 9 * 15, 2);
        List<ValueYear> years = new ArrayList<>();
        for (int i = 0; i < project.costs().size(); i++) {
            YearlyCost cost = project.costs().get(i);
            BigDecimal benefit = cost.total().multiply(growth).multiply(BigDecimal.valueOf(i + 1))
                    .setScale(2, RoundingMode.HALF_UP);
            years.add(new ValueYear(cost.fiscalYear(), cost.total(), benefit));
        }
        List<StrategyObjective> active = objectives.list(false);
        Set<Long> linked = Set.of(active.get((int) (id % active.size())).id());
        return new ValuePropositionInput(years,
                "Reutiliza la plataforma nacional de interoperabilidad; otras instituciones pueden adoptar la solución.",
                10_000L * (1 + id % 50),
                "Canales presencial y telefónico para quienes no usan internet; lenguaje claro y accesibilidad.",
                "Menos trámites presenciales y respuesta en días en lugar de semanas.",
                (int) (2 + id % 4), linked,
                "Contribuye directamente a los objetivos de la estrategia nacional de gobierno digital.",
                (int) (2 + (id + 1) % 4),
                "Servicios alojados en la nube de gobierno con energía renovable certificada.",
                "Reutiliza equipos existentes; sin compra de servidores propios.",
                "Diseño ligero para conexiones lentas y móviles.", (int) (1 + (id + 2) % 5));
    }

    private static final List<ProcurementMethod> METHODS = List.of(ProcurementMethod.OPEN_TENDER,
            ProcurementMethod.FRAMEWORK_AGREEMENT, ProcurementMethod.REUSE_OF_EXISTING_SOLUTION,
            ProcurementMethod.IN_HOUSE, ProcurementMethod.INNOVATION_PARTNERSHIP,
            ProcurementMethod.CHALLENGE_BASED);

    private final StandardsComplianceService standards;
    private final ValuePropositionService value;
    private final StrategyObjectiveService objectives;
    private final RiskService risks;
    private final ProcurementService procurement;

    DemoAssessments(StandardsComplianceService standards, ValuePropositionService value,
            StrategyObjectiveService objectives, RiskService risks, ProcurementService procurement) {
        this.standards = standards;
        this.value = value;
        this.objectives = objectives;
        this.risks = risks;
        this.procurement = procurement;
    }

    void complete(Project project) {
        long id = project.id();
        ComplianceAssessment compliance = standards.assessment(id);
        standards.selfAssess(id, compliance.version(), compliance.standards().stream()
                .map(standard -> selfAssessment(standard, id)).toList());
        value.save(id, value.get(id).version(), valueProposition(project));
        risks.add(id, new RiskInput(RiskCategory.DELIVERY_AND_SCHEDULE,
                "Retrasos en la integración con los sistemas heredados de la institución.", 4, 3,
                "Entregas iterativas cada dos semanas y pruebas de integración tempranas.", 2, 3,
                "Jefatura de proyecto", RiskStatus.OPEN));
        risks.add(id, new RiskInput(RiskCategory.CYBERSECURITY,
                "Exposición de servicios en línea a ataques de denegación de servicio.", 3, 4,
                "Protección perimetral del centro de datos nacional y pruebas de penetración anuales.", 2, 3,
                "Oficial de seguridad de la información", RiskStatus.OPEN));
        risks.add(id, new RiskInput(RiskCategory.ADOPTION,
                "Baja adopción del canal digital por personas mayores.", 3, 3,
                "Atención asistida en oficinas y pruebas con usuarios de distintas edades.", 2, 2,
                "Unidad de experiencia de usuario", RiskStatus.OPEN));
        if (project.usesAi()) {
            risks.add(id, new RiskInput(RiskCategory.ETHICS_AND_AI,
                    "Sesgos del modelo que perjudiquen a grupos vulnerables.", 3, 5,
                    "Evaluación de sesgos antes de cada versión y revisión humana de toda decisión negativa.", 2, 4,
                    "Comité de ética de datos", RiskStatus.OPEN));
            risks.saveTransparency(id, null, new TransparencyInput(
                    "Priorizar casos para revisión por funcionarios; el modelo no decide por sí solo.",
                    "Registros administrativos de la institución, sin datos sensibles de salud ni origen étnico.",
                    "Cada caso propuesto lo revisa y resuelve una persona, que puede ignorar la sugerencia."));
        }
        ProcurementMethod method = METHODS.get((int) (id % METHODS.size()));
        procurement.saveStrategy(id, null, new ProcurementStrategyInput(method, JointProcurement.NONE,
                "Método elegido por el tamaño del contrato y la oferta disponible en el mercado nacional."));
    }
}
