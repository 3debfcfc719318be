package org.tablero.monitoring;

import java.time.LocalDate;

/**
 * A milestone of the plan; {@code actualDate} is the one the latest submitted report gives, null while it is
 * not reached.
 */
public record Milestone(long id, int position, String name, LocalDate plannedDate, LocalDate actualDate) {
}
