package org.tablero.publication;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A milestone of the plan and, once a submitted report gives it, its actual date. */
public record PublicMilestone(long id, String projectCode, int position, String name, LocalDate plannedDate,
        @Nullable LocalDate actualDate) {}
