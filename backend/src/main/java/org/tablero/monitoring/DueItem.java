package org.tablero.monitoring;

import java.time.LocalDate;

/**
 * A project waiting for the user's monitoring work: a monthly report, a rating, or a verdict on a change request.
 *
 * @param since the day it has been waiting since (the last report or rating, the start of execution, the
 *     opening of the change request)
 * @param changeRequestId the change request waiting for a verdict; null for a report or rating
 */
public record DueItem(long projectId, String code, String title, String organisationName, LocalDate since,
        Long changeRequestId) {
}
