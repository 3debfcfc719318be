package org.tablero.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.organisation.OrganisationTree.Node;

/**
 * The organisation tree as one request of the portfolio sees it: every organisation (kept in memory by
 * {@link org.tablero.organisation.OrganisationTree}), the part of the tree the user may see, and the organisations whose projects the filter takes.
 */
final class PortfolioScope {

    private final Map<Long, Node> byId = new HashMap<>();
    private final List<Node> visible = new ArrayList<>();
    private final Set<Long> selected = new LinkedHashSet<>();
    private final String userPath;
    private final boolean everything;

    /**
     * @param all every organisation, parents before children
     * @param filterPath the path of the organisation the filter names, or null
     */
    PortfolioScope(List<Node> all, String userPath, String filterPath, OrganisationLevel level) {
        this.userPath = userPath;
        for (Node node : all) {
            byId.put(node.id(), node);
            if (node.path().startsWith(userPath)) {
                visible.add(node);
                if ((filterPath == null || node.path().startsWith(filterPath))
                        && (level == null || node.level() == level)) {
                    selected.add(node.id());
                }
            }
        }
        everything = selected.size() == all.size();
    }

    /** The organisations of the user's subtree, parents before children. */
    List<Node> visible() {
        return visible;
    }

    /** The organisations whose projects the filter takes. */
    Set<Long> selected() {
        return selected;
    }

    /** Whether the filter takes every organisation there is: the queries then need no organisation condition. */
    boolean isEverything() {
        return everything;
    }

    String userPath() {
        return userPath;
    }

    Node node(long id) {
        return byId.get(id);
    }
}
