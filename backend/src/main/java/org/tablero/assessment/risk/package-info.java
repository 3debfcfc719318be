/**
 * The risk assessment (domain.md, "Risk assessment"): a project's risk register, scored likelihood × impact
 * (1–4 LOW, 5–9 MEDIUM, 10–14 HIGH, 15–25 CRITICAL), its heat maps, and the algorithmic transparency record of
 * a project that uses AI. Rules chosen where domain.md is silent:
 * <ul>
 *   <li>residual likelihood and impact are required and may not exceed the inherent ones;
 *   <li>a CLOSED risk stays in the register and in the published counts but counts for no rule (submission,
 *       endorsement gate, tier) and is left out of the heat maps;
 *   <li>only a project that uses AI has a transparency record.
 * </ul>
 */
package org.tablero.assessment.risk;
