package org.tablero.assessment.risk;

import org.springframework.stereotype.Component;
import org.tablero.identity.TableroUser;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.support.Fixtures;

/** Risk assessments for other tests: {@link #complete} makes a project's risk assessment ready for submission. */
@Component
public class RiskTestData {

    private final RiskService risks;
    private final ProjectService projects;
    private final Fixtures fixtures;

    public RiskTestData(RiskService risks, ProjectService projects, Fixtures fixtures) {
        this.risks = risks;
        this.projects = projects;
        this.fixtures = fixtures;
    }

    /**
     * Completes the project's risk assessment as the officer (who must be able to edit it): a mitigated delivery
     * risk with an owner, residual MEDIUM (no gate, no tier change); for a project that uses AI also an ethics/AI
     * risk and a complete transparency record.
     */
    public void complete(TableroUser officer, long projectId) {
        fixtures.as(officer, () -> {
            Project project = projects.get(projectId);
            risks.add(projectId, new RiskInput(RiskCategory.DELIVERY_AND_SCHEDULE, "The supplier delivers late", 4,
                    3, "Fortnightly releases with penalties for delay", 2, 3, "Programme manager", RiskStatus.OPEN));
            if (project.usesAi()) {
                risks.add(projectId, new RiskInput(RiskCategory.ETHICS_AND_AI, "The model is biased against rural "
                        + "applicants", 3, 4, "Bias audit before each release", 2, 3, "Chief data officer",
                        RiskStatus.OPEN));
                risks.saveTransparency(projectId, null, new TransparencyInput("Ranks applications for review",
                        "Past applications and their outcomes", "A caseworker decides every application"));
            }
            return null;
        });
    }

    /** A risk of the category with the given inherent and residual values, with or without mitigation and owner. */
    public static RiskInput risk(RiskCategory category, int likelihood, int impact, int residualLikelihood,
            int residualImpact, String mitigation, String owner) {
        return new RiskInput(category, "Risk of " + category, likelihood, impact, mitigation, residualLikelihood,
                residualImpact, owner, RiskStatus.OPEN);
    }
}
