package org.tablero.publication;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tablero.organisation.OrganisationLevel;

/**
 * An organisation of the tree with its public projects: its own, and those of its whole subtree (itself
 * included).
 *
 * @param depth 0 for a root
 * @param investment the lifecycle cost of its own public projects
 * @param subtreeInvestment the lifecycle cost of the public projects of its subtree
 */
public record PublicOrganisation(
        String code,
        String name,
        OrganisationLevel level,
        @Nullable String parentCode,
        int depth,
        long projects,
        BigDecimal investment,
        long subtreeProjects,
        BigDecimal subtreeInvestment) {}
