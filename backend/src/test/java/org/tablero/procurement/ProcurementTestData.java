package org.tablero.procurement;

import org.springframework.stereotype.Component;
import org.tablero.identity.TableroUser;
import org.tablero.support.Fixtures;

/** Procurement for other tests: {@link #complete} gives a project the strategy submission needs. */
@Component
public class ProcurementTestData {

    private final ProcurementService procurement;
    private final Fixtures fixtures;

    public ProcurementTestData(ProcurementService procurement, Fixtures fixtures) {
        this.procurement = procurement;
        this.fixtures = fixtures;
    }

    /** Saves an open-tender strategy for the project as the officer (who must be able to edit it). */
    public ProcurementStrategy complete(TableroUser officer, long projectId) {
        return fixtures.as(officer, () -> procurement.saveStrategy(projectId, null, new ProcurementStrategyInput(
                ProcurementMethod.OPEN_TENDER, JointProcurement.NONE, "A competitive market of several suppliers")));
    }
}
