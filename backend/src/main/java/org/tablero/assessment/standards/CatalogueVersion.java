package org.tablero.assessment.standards;

import java.time.Instant;

/**
 * One published version of the standards catalogue. Never changed once published.
 *
 * @param number 1, 2, 3... in the order of publication; the highest is the current version
 * @param publishedBy display name of who published it; null for the default catalogue installed with the
 *     application
 * @param note what changed and why
 */
public record CatalogueVersion(long id, int number, Instant publishedAt, String publishedBy, String note) {}
