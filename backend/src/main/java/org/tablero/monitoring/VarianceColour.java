package org.tablero.monitoring;

/** The US Federal IT Dashboard's colours for cost and schedule variance, judged by the absolute percent. */
public enum VarianceColour {
    GREEN,
    YELLOW,
    RED
}
