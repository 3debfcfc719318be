package org.tablero.project;

/** Columns the register can be sorted by. */
public enum ProjectSort {
    CODE,
    TITLE,
    ORGANISATION,
    STATUS,
    LIFECYCLE_COST,
    PLANNED_START,
    PLANNED_END,
    LAST_CHANGED
}
