package org.tablero.project;

public enum DeliveryApproach {
    AGILE,
    ITERATIVE,
    WATERFALL,
    HYBRID;

    /** Approaches that work in iterations and therefore state their length. */
    public boolean hasIterations() {
        return this != WATERFALL;
    }
}
