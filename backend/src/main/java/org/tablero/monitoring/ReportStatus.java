package org.tablero.monitoring;

/** A report is a draft until it is submitted; a submitted report is locked forever. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED
}
