package org.tablero.organisation;

/**
 * A node of the organisation tree.
 *
 * @param path materialised path of ids from the root, e.g. {@code /1/4/17/}; a subtree is every
 *     organisation whose path starts with this one's
 */
public record Organisation(long id, String code, String name, OrganisationLevel level, Long parentId, String path,
        int version) {

    /** Depth in the tree, 0 for a root. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
