package org.tablero.assessment.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.NotFoundException;
import org.tablero.common.Validation;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;

/**
 * The risk assessment of a project (domain.md, "Risk assessment"): its risk register and, for a project that
 * uses AI, its algorithmic transparency record. Whoever may see the project may read them; an agency officer
 * changes them while the project is a draft or returned. Every change is audited on the project.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RiskService {

    static final String RISK_AUDIT_TYPE = "RISK";
    static final String TRANSPARENCY_AUDIT_TYPE = "ALGORITHMIC_TRANSPARENCY";

    private final ProjectService projects;
    private final RiskRepository risks;
    private final AuditTrail audit;

    RiskService(ProjectService projects, RiskRepository risks, AuditTrail audit) {
        this.projects = projects;
        this.risks = risks;
        this.audit = audit;
    }

    /** The project's risk register, oldest first, closed risks included. */
    @Transactional(readOnly = true)
    public List<Risk> risks(long projectId) {
        projects.get(projectId);
        return risks.risksOf(projectId);
    }

    @Transactional(readOnly = true)
    public Risk get(long projectId, long riskId) {
        projects.get(projectId);
        return risks.find(projectId, riskId).orElseThrow(() -> new NotFoundException(RISK_AUDIT_TYPE, riskId));
    }

    /** 5 × 5 heat maps of the active risks, inherent and residual. */
    @Transactional(readOnly = true)
    public RiskHeatMaps heatMaps(long projectId) {
        return RiskRules.heatMaps(risks(projectId));
    }

    /**
     * How many risks there are by category, status and levels: what may be published where the details are
     * withheld ({@link RiskCategory#isWithheldFromPublic()}).
     */
    @Transactional(readOnly = true)
    public List<RiskCount> counts(long projectId) {
        return RiskRules.counts(risks(projectId));
    }

    @Transactional(readOnly = true)
    public Optional<TransparencyRecord> transparency(long projectId) {
        projects.get(projectId);
        return risks.transparencyOf(projectId);
    }

    /** Whether the current user may change this project's risk assessment now. */
    public boolean canEdit(Project project) {
        return CurrentUser.get().hasRole(Role.AGENCY_OFFICER) && project.status().isEditable();
    }

    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public Risk add(long projectId, RiskInput input) {
        requireEditable(projectId);
        RiskRules.validate(input).throwIfInvalid();
        long id = risks.insert(projectId, input, Instant.now());
        Risk added = risks.find(projectId, id).orElseThrow();
        audit.record(ProjectService.AUDIT_TYPE, projectId, "RISK_ADD", null, added);
        return added;
    }

    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public Risk update(long projectId, long riskId, int expectedVersion, RiskInput input) {
        requireEditable(projectId);
        Risk before = risks.find(projectId, riskId).orElseThrow(() -> new NotFoundException(RISK_AUDIT_TYPE,
                riskId));
        RiskRules.validate(input).throwIfInvalid();
        if (!risks.update(riskId, expectedVersion, input, Instant.now())) {
            throw new ConcurrentEditException(RISK_AUDIT_TYPE, riskId);
        }
        Risk after = risks.find(projectId, riskId).orElseThrow();
        audit.record(ProjectService.AUDIT_TYPE, projectId, "RISK_UPDATE", before, after);
        return after;
    }

    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public void remove(long projectId, long riskId, int expectedVersion) {
        requireEditable(projectId);
        Risk before = risks.find(projectId, riskId).orElseThrow(() -> new NotFoundException(RISK_AUDIT_TYPE,
                riskId));
        if (!risks.delete(riskId, expectedVersion)) {
            throw new ConcurrentEditException(RISK_AUDIT_TYPE, riskId);
        }
        audit.record(ProjectService.AUDIT_TYPE, projectId, "RISK_REMOVE", before, null);
    }

    /**
     * Creates ({@code expectedVersion} null) or changes the algorithmic transparency record of a project that
     * uses AI.
     */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public TransparencyRecord saveTransparency(long projectId, Integer expectedVersion, TransparencyInput input) {
        Project project = requireEditable(projectId);
        Validation validation = RiskRules.validate(input);
        validation.check(project.usesAi(), "transparency", RiskRules.TRANSPARENCY_NEEDS_AI);
        validation.throwIfInvalid();
        Optional<TransparencyRecord> before = risks.transparencyForUpdate(projectId);
        Instant now = Instant.now();
        if (before.isEmpty() && expectedVersion == null) {
            risks.insertTransparency(projectId, input, now);
        } else if (before.isEmpty() || expectedVersion == null
                || !risks.updateTransparency(projectId, expectedVersion, input, now)) {
            throw new ConcurrentEditException(TRANSPARENCY_AUDIT_TYPE, projectId);
        }
        TransparencyRecord after = risks.transparencyOf(projectId).orElseThrow();
        audit.record(ProjectService.AUDIT_TYPE, projectId, "TRANSPARENCY_SAVE", before.orElse(null), after);
        return after;
    }

    /** Checks scope, then that the project is still the owner's to edit, holding its row until the end. */
    private Project requireEditable(long projectId) {
        Project project = projects.get(projectId);
        ProjectStatus status = projects.lockForChange(projectId);
        if (!status.isEditable()) {
            throw new AccessDeniedException("Project " + project.code() + " is " + status
                    + " and its risk assessment can no longer be edited");
        }
        return project;
    }
}
