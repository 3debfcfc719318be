package org.tablero.assessment.standards;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.ConcurrentEditException;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.identity.TableroUser;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;

/**
 * A project's standards compliance: the owner's self-assessment while the project is a draft or returned, and
 * the digital authority's confirmations, overrides and waivers while it is in review. The project is assessed
 * against the catalogue version that was current at its first self-assessment. Every change writes an audit
 * event of the project in the same transaction; a refused change writes nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class StandardsComplianceService {

    private final ProjectService projects;
    private final ComplianceRepository compliance;
    private final CatalogueRepository catalogues;
    private final AuditTrail audit;

    StandardsComplianceService(ProjectService projects, ComplianceRepository compliance,
            CatalogueRepository catalogues, AuditTrail audit) {
        this.projects = projects;
        this.compliance = compliance;
        this.catalogues = catalogues;
        this.audit = audit;
    }

    /** The project's assessment, for anyone who may see the project. */
    @Transactional(readOnly = true)
    public ComplianceAssessment assessment(long projectId) {
        projects.get(projectId);
        return compliance.load(projectId);
    }

    /** Whether the current user may change the owner's self-assessment now. */
    public boolean canSelfAssess(Project project) {
        return CurrentUser.get().hasRole(Role.AGENCY_OFFICER) && project.status().isEditable();
    }

    /** Whether the current user may confirm, override and waive standards of this project now. */
    @Transactional(readOnly = true)
    public boolean canReview(Project project) {
        TableroUser user = CurrentUser.get();
        return user.hasRole(Role.DIGITAL_AUTHORITY) && project.status() == ProjectStatus.IN_REVIEW
                && !compliance.isOwner(project.id(), user.id()) && !compliance.standardsVerdictGiven(project.id());
    }

    /**
     * Saves the owner's self-assessment of the standards given (the others stay as they are). The first save
     * fixes the catalogue version. A standard whose outcome or evidence changes loses the reviewer's outcome
     * and any waiver, which judged what was there before. A save that changes nothing writes nothing.
     *
     * @param expectedVersion the {@link ComplianceAssessment#version()} the entries were based on
     */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public ComplianceAssessment selfAssess(long projectId, int expectedVersion, List<SelfAssessmentInput> entries) {
        Project project = projects.get(projectId);
        if (!project.status().isEditable()) {
            throw new AccessDeniedException("Project " + project.code() + " is " + project.status()
                    + ": its self-assessment can no longer be changed");
        }
        ComplianceAssessment before = compliance.load(projectId);
        Catalogue catalogue = catalogues.catalogue(before.catalogue());
        ComplianceRules.validateSelfAssessment(entries, catalogue).throwIfInvalid();
        List<SelfAssessmentInput> changed = entries.stream().filter(entry -> {
            StandardCompliance old = before.standard(entry.standardCode()).orElseThrow();
            return old.selfOutcome() != entry.outcome()
                    || !Objects.equals(old.evidence(), ComplianceRules.clean(entry.evidence()));
        }).toList();
        if (changed.isEmpty()) {
            if (expectedVersion != before.version()) {
                throw new ConcurrentEditException(ProjectService.AUDIT_TYPE, projectId);
            }
            return before;
        }
        Instant now = Instant.now();
        compliance.lock(projectId, expectedVersion, catalogue.version().id(), now);
        long userId = CurrentUser.get().id();
        for (SelfAssessmentInput entry : changed) {
            compliance.saveSelfAssessment(projectId, catalogue.standard(entry.standardCode()).orElseThrow().id(),
                    entry.outcome(), ComplianceRules.clean(entry.evidence()), userId, now);
        }
        List<String> changedCodes = changed.stream().map(SelfAssessmentInput::standardCode).toList();
        ComplianceAssessment after = compliance.load(projectId);
        audit.record(ProjectService.AUDIT_TYPE, projectId, "STANDARDS_SELF_ASSESSMENT",
                auditState(before, changedCodes), auditState(after, changedCodes));
        return after;
    }

    /**
     * The reviewer confirms the owner's outcome of a standard (same outcome, note optional) or overrides it
     * (another outcome, note required). Only a digital authority who does not own the project, while it is in
     * review and before the standards and risk verdict of the round is given.
     */
    @PreAuthorize("hasRole('DIGITAL_AUTHORITY')")
    @Transactional
    public ComplianceAssessment review(long projectId, int expectedVersion, String standardCode,
            ComplianceOutcome outcome, String note) {
        ComplianceAssessment before = reviewable(projectId);
        ComplianceRules.validateReview(before, standardCode, outcome, note).throwIfInvalid();
        Instant now = Instant.now();
        compliance.lock(projectId, expectedVersion, before.catalogue().id(), now);
        compliance.saveReview(projectId, standardId(before, standardCode), outcome, ComplianceRules.clean(note),
                CurrentUser.get().id(), now);
        return audited(projectId, "STANDARDS_REVIEW", before, standardCode);
    }

    /** Grants a waiver, with its justification, for a standard whose outcome is not met or partially met. */
    @PreAuthorize("hasRole('DIGITAL_AUTHORITY')")
    @Transactional
    public ComplianceAssessment grantWaiver(long projectId, int expectedVersion, String standardCode,
            String justification) {
        ComplianceAssessment before = reviewable(projectId);
        ComplianceRules.validateWaiver(before, standardCode, justification).throwIfInvalid();
        Instant now = Instant.now();
        compliance.lock(projectId, expectedVersion, before.catalogue().id(), now);
        compliance.saveWaiver(projectId, standardId(before, standardCode), justification.strip(),
                CurrentUser.get().id(), now);
        return audited(projectId, "STANDARDS_WAIVER_GRANTED", before, standardCode);
    }

    @PreAuthorize("hasRole('DIGITAL_AUTHORITY')")
    @Transactional
    public ComplianceAssessment revokeWaiver(long projectId, int expectedVersion, String standardCode) {
        ComplianceAssessment before = reviewable(projectId);
        ComplianceRules.validateWaiverRevocation(before, standardCode).throwIfInvalid();
        Instant now = Instant.now();
        compliance.lock(projectId, expectedVersion, before.catalogue().id(), now);
        compliance.saveWaiver(projectId, standardId(before, standardCode), null, CurrentUser.get().id(), now);
        return audited(projectId, "STANDARDS_WAIVER_REVOKED", before, standardCode);
    }

    /** The assessment, if the current user may act on it as reviewer now; else an access error. */
    private ComplianceAssessment reviewable(long projectId) {
        Project project = projects.get(projectId);
        if (project.status() != ProjectStatus.IN_REVIEW) {
            throw new AccessDeniedException("Project " + project.code() + " is " + project.status()
                    + ": its standards are reviewed only while it is in review");
        }
        if (compliance.isOwner(projectId, CurrentUser.get().id())) {
            throw new AccessDeniedException("Nobody reviews the standards of a project they own");
        }
        if (compliance.standardsVerdictGiven(projectId)) {
            throw new AccessDeniedException("The standards and risk verdict of this round is given already");
        }
        return compliance.load(projectId);
    }

    private long standardId(ComplianceAssessment assessment, String code) {
        return catalogues.catalogue(assessment.catalogue()).standard(code).orElseThrow().id();
    }

    private ComplianceAssessment audited(long projectId, String action, ComplianceAssessment before, String code) {
        ComplianceAssessment after = compliance.load(projectId);
        audit.record(ProjectService.AUDIT_TYPE, projectId, action, auditState(before, List.of(code)),
                auditState(after, List.of(code)));
        return after;
    }

    /** What the audit trail keeps of a change: the catalogue version and the changed standards' outcomes. */
    private static Map<String, Object> auditState(ComplianceAssessment assessment, List<String> codes) {
        Set<String> changed = Set.copyOf(codes);
        return Map.of("catalogue", assessment.catalogue().number(),
                "standards", assessment.standards().stream().filter(standard -> changed.contains(standard.code()))
                        .map(AuditedStandard::of).collect(Collectors.toList()));
    }

    /** One standard's outcomes as the audit trail records them, without the catalogue texts. */
    record AuditedStandard(String code, ComplianceOutcome selfOutcome, String evidence,
            ComplianceOutcome reviewerOutcome, String reviewerNote, boolean waived, String waiverJustification,
            ComplianceOutcome effectiveOutcome) {

        static AuditedStandard of(StandardCompliance standard) {
            return new AuditedStandard(standard.code(), standard.selfOutcome(), standard.evidence(),
                    standard.reviewerOutcome(), standard.reviewerNote(), standard.waived(),
                    standard.waiverJustification(), standard.effectiveOutcome());
        }
    }
}
