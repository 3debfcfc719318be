package org.tablero.monitoring;

/** The owner's confidence in delivering to the baseline, as reported each month. */
public enum Confidence {
    HIGH,
    MEDIUM_HIGH,
    MEDIUM,
    MEDIUM_LOW,
    LOW
}
