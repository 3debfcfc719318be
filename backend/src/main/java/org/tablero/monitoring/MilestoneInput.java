package org.tablero.monitoring;

import java.time.LocalDate;

/** A milestone as the owner plans it. */
public record MilestoneInput(String name, LocalDate plannedDate) {
}
