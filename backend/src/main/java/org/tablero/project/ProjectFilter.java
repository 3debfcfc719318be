package org.tablero.project;

/**
 * Filters of the project register; null means "any".
 *
 * @param organisationId an organisation whose whole subtree is shown
 * @param text searched in code, title and summary (see {@link TextSearch})
 */
public record ProjectFilter(Long organisationId, ProjectStatus status, Category category, Tier tier, String text) {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null);
    }
}
