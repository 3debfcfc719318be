package org.tablero.monitoring;

import java.time.LocalDate;

/** The actual date of a milestone as a report gives it. */
public record MilestoneDate(long milestoneId, LocalDate actualDate) {
}
