/**
 * Procurement (domain.md, "Procurement"; OECD proposal 5): a project's procurement strategy, its contracts with
 * their OCDS ocid, and joint-procurement opportunities. Rules chosen where domain.md is silent:
 * <ul>
 *   <li>the method JOINT_PROCUREMENT needs the project to join or propose a joint procurement;
 *   <li>contracts may be added, changed or removed (audited) in every status but REJECTED, COMPLETED and
 *       CANCELLED; a contract's end comes after its start; its value is zero or more, exact to the cent;
 *   <li>an ocid is accepted when it matches {@link ProcurementRules#OCID}: {@code ocds-}, a six-character
 *       lower-case publisher prefix, a hyphen and the process identifier;
 *   <li>joint-procurement opportunities group projects of the same policy area that use or build the same item
 *       of digital public infrastructure, whose planned periods overlap one of another organisation's.
 * </ul>
 */
package org.tablero.procurement;
