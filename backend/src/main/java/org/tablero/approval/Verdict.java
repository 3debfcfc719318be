package org.tablero.approval;

/** A reviewing authority's verdict, always given with a written rationale (proposal 4b). */
public enum Verdict {
    ENDORSE,
    REQUEST_CHANGES,
    OBJECT
}
