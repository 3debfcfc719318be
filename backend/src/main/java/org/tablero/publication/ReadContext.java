package org.tablero.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What building a public record needs besides its row: the disclosure rules and marks, and the dates before which
 * a project's last report and its rating are stale.
 */
record ReadContext(Disclosure disclosure, LocalDate reportStaleBefore, Instant ratingStaleBefore) {}
