package org.tablero.assessment.value;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.InvalidInputException;
import org.tablero.common.FieldProblem;
import org.tablero.common.NotFoundException;
import org.tablero.common.Validation;

/**
 * The objectives of the national digital strategy that projects link to. Everybody signed in reads them; an
 * administrator keeps them. An objective linked to a project cannot be deleted, only deactivated: it then stays
 * on the projects that link to it but cannot be linked anew.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class StrategyObjectiveService {

    public static final String AUDIT_TYPE = "STRATEGY_OBJECTIVE";

    private final StrategyObjectiveRepository objectives;
    private final AuditTrail audit;

    StrategyObjectiveService(StrategyObjectiveRepository objectives, AuditTrail audit) {
        this.objectives = objectives;
        this.audit = audit;
    }

    /** Ordered by code. */
    @Transactional(readOnly = true)
    public List<StrategyObjective> list(boolean includeInactive) {
        return objectives.list(includeInactive);
    }

    @Transactional(readOnly = true)
    public StrategyObjective get(long id) {
        return objectives.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StrategyObjective create(StrategyObjectiveInput input) {
        validate(input, null);
        long id = objectives.insert(input);
        StrategyObjective created = get(id);
        audit.record(AUDIT_TYPE, id, "CREATE", null, created);
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StrategyObjective update(long id, int expectedVersion, StrategyObjectiveInput input) {
        StrategyObjective before = get(id);
        validate(input, id);
        if (!objectives.update(id, expectedVersion, input)) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        StrategyObjective after = get(id);
        audit.record(AUDIT_TYPE, id, "UPDATE", before, after);
        return after;
    }

    /** Deletes an objective no project links to; one that is linked is refused (deactivate it instead). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id, int expectedVersion) {
        StrategyObjective before = get(id);
        if (objectives.isLinked(id)) {
            throw new InvalidInputException(FieldProblem.of("objective", "value.objective-in-use"));
        }
        if (!objectives.delete(id, expectedVersion)) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        audit.record(AUDIT_TYPE, id, "DELETE", before, null);
    }

    private void validate(StrategyObjectiveInput input, Long existingId) {
        Validation validation = ValueRules.validate(input);
        if (!validation.hasProblemWith("code") && objectives.codeTaken(input.code().strip(), existingId)) {
            validation.add("code", "validation.code-taken");
        }
        validation.throwIfInvalid();
    }
}
