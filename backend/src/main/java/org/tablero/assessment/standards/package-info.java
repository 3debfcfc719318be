/**
 * Standards compliance (domain.md, "The three assessments"; OECD proposals 4c and 4d): the versioned catalogue
 * of digital standards kept by the digital authority, each project's self-assessment against the version it
 * was first assessed on, the reviewer's confirmations and waivers, and the submission check and endorsement
 * gate that the approval workflow consults.
 */
package org.tablero.assessment.standards;
