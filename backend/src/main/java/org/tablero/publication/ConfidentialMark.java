package org.tablero.publication;

import java.time.Instant;

/**
 * A field marked confidential.
 *
 * @param itemId the contract, risk or progress report of the field; 0 for a field of the project itself
 * @param legalGround what the public reads instead of the value ("withheld: &lt;legal ground&gt;")
 */
public record ConfidentialMark(long projectId, ConfidentialField field, long itemId, String legalGround,
        Instant markedAt) {}
