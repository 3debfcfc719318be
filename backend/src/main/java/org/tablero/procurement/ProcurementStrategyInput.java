package org.tablero.procurement;

/** What an owner types as the procurement strategy; every field is required. */
public record ProcurementStrategyInput(ProcurementMethod method, JointProcurement jointProcurement,
        String rationale) {}
