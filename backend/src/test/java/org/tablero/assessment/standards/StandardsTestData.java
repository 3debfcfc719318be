package org.tablero.assessment.standards;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tablero.identity.TableroUser;
import org.tablero.support.Fixtures;

/**
 * Completes a project's standards self-assessment for tests of other features, e.g. before submitting:
 * {@code standardsTestData.completeSelfAssessment(officer, project.id())}.
 */
@Component
public class StandardsTestData {

    /** Codes of the standards that tests add to a catalogue version; each new version drops the older ones. */
    static final String TEST_PREFIX = "TEST-";

    private final StandardsComplianceService compliance;
    private final StandardsCatalogueService catalogue;
    private final Fixtures fixtures;

    public StandardsTestData(StandardsComplianceService compliance, StandardsCatalogueService catalogue,
            Fixtures fixtures) {
        this.compliance = compliance;
        this.catalogue = catalogue;
        this.fixtures = fixtures;
    }

    /**
     * The owner (an agency officer who may see the project, while it is a draft or returned) self-assesses every
     * standard of the project's catalogue version as met, with evidence: the project can be submitted and the
     * digital authority's endorsement is not blocked by standards.
     */
    public ComplianceAssessment completeSelfAssessment(TableroUser owner, long projectId) {
        return fixtures.as(owner, () -> {
            ComplianceAssessment assessment = compliance.assessment(projectId);
            List<SelfAssessmentInput> entries = assessment.standards().stream()
                    .map(standard -> new SelfAssessmentInput(standard.code(), ComplianceOutcome.MET,
                            "Evidence for " + standard.code()))
                    .toList();
            return compliance.selfAssess(projectId, assessment.version(), entries);
        });
    }

    /**
     * Publishes, as the given authority, the current version with the standards an earlier test added dropped
     * and one new standard added at the end, so that the catalogue of the shared test database stays the
     * default one plus at most one test standard.
     */
    Catalogue publishWithNewStandard(TableroUser authority, boolean mandatory) {
        return fixtures.as(authority, () -> {
            Catalogue current = catalogue.current();
            List<StandardInput> standards = new ArrayList<>(current.standards().stream()
                    .filter(standard -> !standard.code().startsWith(TEST_PREFIX)).map(Standard::toInput).toList());
            standards.add(new StandardInput(Fixtures.unique("TEST"), mandatory,
                    new Translated("Cloud first", "Nube primero", "Nuvem primeiro"),
                    new Translated("Host in the government cloud.", null, null)));
            return catalogue.publish(current.version().number(), "Adds a standard for a test", standards);
        });
    }
}
