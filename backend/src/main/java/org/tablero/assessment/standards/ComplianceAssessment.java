package org.tablero.assessment.standards;

import java.util.List;
import java.util.Optional;

/**
 * A project's standards assessment: every standard of the catalogue version it is assessed against, in the
 * catalogue's order, with the owner's and the reviewer's outcomes.
 *
 * @param catalogue the version the project is assessed against; until its first self-assessment, the
 *     current version (it is then fixed, see {@code catalogueFixed})
 * @param catalogueFixed whether a self-assessment has fixed the catalogue version; a newer version never
 *     changes a fixed one
 * @param version optimistic lock of the whole assessment: 0 before the first save; give it back with the
 *     next change
 */
public record ComplianceAssessment(
        long projectId,
        CatalogueVersion catalogue,
        boolean catalogueFixed,
        int version,
        List<StandardCompliance> standards) {

    public ComplianceAssessment {
        standards = List.copyOf(standards);
    }

    public Optional<StandardCompliance> standard(String code) {
        return standards.stream().filter(standard -> standard.code().equals(code)).findFirst();
    }

    /** Codes of the standards the owner has still to self-assess (or to give the evidence or reason for). */
    public List<String> notSelfAssessed() {
        return standards.stream().filter(standard -> !standard.selfAssessed()).map(StandardCompliance::code)
                .toList();
    }

    /** Mandatory standards not met and not waived: each keeps the digital authority from endorsing. */
    public List<StandardCompliance> blockingEndorsement() {
        return standards.stream().filter(StandardCompliance::blocksEndorsement).toList();
    }
}
