package org.tablero.publication;

import java.time.Instant;
import java.time.LocalDate;
import org.tablero.organisation.OrganisationTree;

/**
 * What building a public record needs besides its row: the disclosure rules and marks, the organisations (a
 * project's are looked up here rather than joined), and the dates before which a project's last report and its
 * rating are stale.
 */
record ReadContext(Disclosure disclosure, OrganisationTree.Snapshot organisations, LocalDate reportStaleBefore,
        Instant ratingStaleBefore) {}
