package org.tablero.project;

/** Decides the approval path: strategic investments go to the board (proposal 4a). */
public enum Tier {
    STRATEGIC,
    OPERATIONAL
}
