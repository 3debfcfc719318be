package org.tablero.procurement;

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
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;

/**
 * A project's procurement (domain.md, "Procurement"; OECD proposal 5): its strategy, which the owner edits while
 * the project is a draft or returned, and its contracts, which the owner keeps up to date until the project is
 * rejected, completed or cancelled. Whoever may see the project may read them; every change is audited on the
 * project. The procurement authority sees joint-procurement opportunities within its subtree.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProcurementService {

    static final String STRATEGY_AUDIT_TYPE = "PROCUREMENT_STRATEGY";
    static final String CONTRACT_AUDIT_TYPE = "CONTRACT";

    private final ProjectService projects;
    private final ProcurementRepository procurement;
    private final AuditTrail audit;

    ProcurementService(ProjectService projects, ProcurementRepository procurement, AuditTrail audit) {
        this.projects = projects;
        this.procurement = procurement;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<ProcurementStrategy> strategy(long projectId) {
        projects.get(projectId);
        return procurement.strategyOf(projectId);
    }

    /** The project's contracts, by start date. */
    @Transactional(readOnly = true)
    public List<Contract> contracts(long projectId) {
        projects.get(projectId);
        return procurement.contractsOf(projectId);
    }

    @Transactional(readOnly = true)
    public Contract contract(long projectId, long contractId) {
        projects.get(projectId);
        return procurement.findContract(projectId, contractId)
                .orElseThrow(() -> new NotFoundException(CONTRACT_AUDIT_TYPE, contractId));
    }

    /** Whether the current user may change this project's procurement strategy now. */
    public boolean canEditStrategy(Project project) {
        return CurrentUser.get().hasRole(Role.AGENCY_OFFICER) && project.status().isEditable();
    }

    /** Whether the current user may add or change this project's contracts now. */
    public boolean canEditContracts(Project project) {
        return CurrentUser.get().hasRole(Role.AGENCY_OFFICER) && ProcurementRules.contractsEditable(project.status());
    }

    /** Creates ({@code expectedVersion} null) or changes the project's procurement strategy. */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public ProcurementStrategy saveStrategy(long projectId, Integer expectedVersion, ProcurementStrategyInput input) {
        Project project = projects.get(projectId);
        ProjectStatus status = projects.lockForChange(projectId);
        if (!status.isEditable()) {
            throw new AccessDeniedException("Project " + project.code() + " is " + status
                    + " and its procurement strategy can no longer be edited");
        }
        ProcurementRules.validate(input).throwIfInvalid();
        Optional<ProcurementStrategy> before = procurement.strategyForUpdate(projectId);
        Instant now = Instant.now();
        if (before.isEmpty() && expectedVersion == null) {
            procurement.insertStrategy(projectId, input, now);
        } else if (before.isEmpty() || expectedVersion == null
                || !procurement.updateStrategy(projectId, expectedVersion, input, now)) {
            throw new ConcurrentEditException(STRATEGY_AUDIT_TYPE, projectId);
        }
        ProcurementStrategy after = procurement.strategyOf(projectId).orElseThrow();
        audit.record(ProjectService.AUDIT_TYPE, projectId, "PROCUREMENT_STRATEGY_SAVE", before.orElse(null), after);
        return after;
    }

    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public Contract addContract(long projectId, ContractInput input) {
        requireContractsEditable(projectId);
        ProcurementRules.validate(input).throwIfInvalid();
        long id = procurement.insertContract(projectId, input, Instant.now());
        Contract added = procurement.findContract(projectId, id).orElseThrow();
        audit.record(ProjectService.AUDIT_TYPE, projectId, "CONTRACT_ADD", null, added);
        return added;
    }

    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public Contract updateContract(long projectId, long contractId, int expectedVersion, ContractInput input) {
        requireContractsEditable(projectId);
        Contract before = procurement.findContract(projectId, contractId)
                .orElseThrow(() -> new NotFoundException(CONTRACT_AUDIT_TYPE, contractId));
        ProcurementRules.validate(input).throwIfInvalid();
        if (!procurement.updateContract(contractId, expectedVersion, input, Instant.now())) {
            throw new ConcurrentEditException(CONTRACT_AUDIT_TYPE, contractId);
        }
        Contract after = procurement.findContract(projectId, contractId).orElseThrow();
        audit.record(ProjectService.AUDIT_TYPE, projectId, "CONTRACT_UPDATE", before, after);
        return after;
    }

    /** Removes a contract entered by mistake; the audit trail keeps what it was. */
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    @Transactional
    public void removeContract(long projectId, long contractId, int expectedVersion) {
        requireContractsEditable(projectId);
        Contract before = procurement.findContract(projectId, contractId)
                .orElseThrow(() -> new NotFoundException(CONTRACT_AUDIT_TYPE, contractId));
        if (!procurement.deleteContract(contractId, expectedVersion)) {
            throw new ConcurrentEditException(CONTRACT_AUDIT_TYPE, contractId);
        }
        audit.record(ProjectService.AUDIT_TYPE, projectId, "CONTRACT_REMOVE", before, null);
    }

    /**
     * Joint-procurement opportunities among the projects of the current user's subtree that are not rejected,
     * completed or cancelled (see {@link ProcurementRules#opportunities}).
     */
    @PreAuthorize("hasAnyRole('PROCUREMENT_AUTHORITY', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<JointProcurementOpportunity> jointProcurementOpportunities() {
        return ProcurementRules.opportunities(procurement.jointProcurementCandidates(
                CurrentUser.get().organisationPath(), ProcurementRules.TERMINAL));
    }

    private void requireContractsEditable(long projectId) {
        Project project = projects.get(projectId);
        ProjectStatus status = projects.lockForChange(projectId);
        if (!ProcurementRules.contractsEditable(status)) {
            throw new AccessDeniedException("Project " + project.code() + " is " + status
                    + " and its contracts can no longer be changed");
        }
    }
}
