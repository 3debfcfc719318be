package org.tablero.publication;

import org.tablero.procurement.JointProcurement;
import org.tablero.procurement.ProcurementMethod;

/** How a project buys what it needs, and why. */
public record PublicProcurement(String projectCode, ProcurementMethod method, JointProcurement jointProcurement,
        Disclosed<String> rationale) {}
