/**
 * A project's results (domain.md, "Delivery monitoring"; OECD proposals 6a and 6c): KPIs with their measurements,
 * monthly user-experience figures and the closure. Rules chosen where domain.md is silent:
 * <ul>
 *   <li>KPIs are part of the plan: agency officers of the owner's subtree add, change and remove them while the
 *       project is a draft or returned, and from approval until it ends (approved, in execution, on hold), each
 *       change audited with the values before and after; not while it is under review. A target may not lie on
 *       the wrong side of the baseline for the KPI's direction (equal is a level to keep). A KPI with
 *       measurements cannot be removed.
 *   <li>Measurements (KPI values and user-experience figures) are recorded while the project is in execution, on
 *       hold or completed, never for a future day or month, and never changed or replaced: one per KPI and day,
 *       one per project and month. A period that is not the first day of a month is refused, not moved.
 *   <li>Met / not met is computed when read, from the latest measurement, see {@link
 *       org.tablero.monitoring.results.KpiStatus}.
 *   <li>User satisfaction is the share of satisfied responses (4 or 5 on the 5-point scale) as a percent; none
 *       without responses. Completion rate, digital take-up and cost per transaction are optional.
 *   <li>The closure is recorded once, while the project is in execution or completed; it compares the realised
 *       benefits with the sum of the yearly benefits of the value proposition (undiscounted, as typed).
 * </ul>
 */
package org.tablero.monitoring.results;
