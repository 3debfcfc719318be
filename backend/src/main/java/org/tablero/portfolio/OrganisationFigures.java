package org.tablero.portfolio;

import org.tablero.organisation.OrganisationLevel;

/**
 * An organisation's figures: of its own projects, and of its whole subtree (its own and every organisation's
 * below it), so that a tree of them rolls up.
 *
 * @param depth 0 for the organisation at the top of the user's scope
 */
public record OrganisationFigures(long organisationId, String code, String name, OrganisationLevel level,
        Long parentId, int depth, Figures own, Figures subtree) {}
