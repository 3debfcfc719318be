package org.tablero.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;
import org.tablero.assessment.risk.RiskCategory;
import org.tablero.assessment.risk.RiskService;
import org.tablero.assessment.risk.RiskStatus;
import org.tablero.assessment.standards.ComplianceOutcome;
import org.tablero.assessment.standards.StandardsComplianceService;
import org.tablero.organisation.OrganisationService;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.support.Fixtures;

/** The owner fills in the assessments in the UI; what is refused shows at the field and nothing is saved. */
@ViewTest
class AssessmentViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Autowired
    OrganisationService organisations;

    @Autowired
    RiskService risks;

    @Autowired
    StandardsComplianceService standards;

    @Test
    @WithUserDetails("officer")
    void the_owner_adds_a_risk_and_sees_its_level() {
        Project draft = newDraft();
        RisksView view = navigate(RisksView.class, Map.of("id", String.valueOf(draft.id())));

        fillRisk(view, 4, 4);
        test(view.save).click();

        assertThat(risks.risks(draft.id())).singleElement().satisfies(risk -> {
            assertThat(risk.score()).isEqualTo(16);
            assertThat(risk.residualScore()).isEqualTo(4);
        });
    }

    @Test
    @WithUserDetails("officer")
    void a_likelihood_outside_one_to_five_is_refused_at_the_field_and_nothing_is_saved() {
        Project draft = newDraft();
        RisksView view = navigate(RisksView.class, Map.of("id", String.valueOf(draft.id())));

        fillRisk(view, 7, 4);
        test(view.save).click();

        assertThat(view.likelihood.isInvalid()).isTrue();
        assertThat(risks.risks(draft.id())).isEmpty();
    }

    @Test
    @WithUserDetails("officer")
    void the_owner_self_assesses_the_standards() {
        Project draft = newDraft();
        StandardsView view = navigate(StandardsView.class, Map.of("id", String.valueOf(draft.id())));

        view.outcomes.forEach((code, outcome) -> {
            outcome.setValue(ComplianceOutcome.MET);
            view.evidence.get(code).setValue("Evidence for " + code);
        });
        test(view.save).click();

        assertThat(standards.assessment(draft.id()).notSelfAssessed()).isEmpty();
    }

    @Test
    @WithUserDetails("officer")
    void met_without_evidence_is_refused_at_that_standards_evidence() {
        Project draft = newDraft();
        StandardsView view = navigate(StandardsView.class, Map.of("id", String.valueOf(draft.id())));
        String first = view.outcomes.keySet().iterator().next();

        view.outcomes.get(first).setValue(ComplianceOutcome.MET);
        test(view.save).click();

        assertThat(view.evidence.get(first).isInvalid()).isTrue();
        assertThat(standards.assessment(draft.id()).standards().getFirst().selfOutcome()).isNull();
    }

    private Project newDraft() {
        return projects.create(Fixtures.project(organisations.visibleToCurrentUser().getFirst()));
    }

    private void fillRisk(RisksView view, int likelihood, int impact) {
        view.category.setValue(RiskCategory.FINANCIAL);
        test(view.description).setValue("Exchange-rate exposure of imported equipment.");
        view.likelihood.setValue(likelihood);
        view.impact.setValue(impact);
        test(view.mitigation).setValue("Contracts in local currency.");
        view.residualLikelihood.setValue(2);
        view.residualImpact.setValue(2);
        test(view.owner).setValue("Dirección de finanzas");
        view.status.setValue(RiskStatus.OPEN);
    }
}
