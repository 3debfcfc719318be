package org.tablero.monitoring;

/**
 * What a rebaseline led to: a new baseline at once (within the tolerance) or a change request waiting for its
 * review round. Exactly one of the two is present.
 */
public record RebaselineOutcome(Baseline baseline, ChangeRequest changeRequest) {

    public boolean needsReview() {
        return changeRequest != null;
    }
}
