package org.tablero.publication;

/**
 * One value withheld from a project's page, to list what is withheld and why.
 *
 * @param item what the field belongs to, e.g. {@code CONTRACT 12}, {@code RISK 7} or {@code PROJECT}
 * @param field the field, e.g. {@code supplier}
 * @param withheld "withheld: &lt;ground&gt;"
 */
public record WithheldField(String item, String field, WithholdingReason reason, String withheld) {}
