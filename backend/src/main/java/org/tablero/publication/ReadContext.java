package org.tablero.publication;

import java.time.LocalDate;
import org.tablero.organisation.OrganisationTree;

/**
 * What building a public record needs besides its row: the disclosure rules and marks, the organisations (a
 * project's are looked up here rather than joined), and the days before which a project's last report and its
 * rating (by its day in UTC, as {@link org.tablero.monitoring.Staleness} counts) are stale. Days, not instants, so
 * that a record is the same all day long and a held answer stays true.
 */
record ReadContext(Disclosure disclosure, OrganisationTree.Snapshot organisations, LocalDate reportStaleBefore,
        LocalDate ratingStaleBefore) {}
