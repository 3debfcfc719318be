package org.tablero.organisation;

import static org.tablero.db.Tables.ORGANISATION;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The whole organisation tree, kept in memory and read again as soon as an organisation is added or changed (a
 * check of two indexed maxima, instead of reading 5,000 organisations for every portfolio figure), so that
 * aggregates group projects by organisation id and map ids to levels and subtrees in Java instead of joining
 * (architecture.md, measured facts). It says nothing of who may see what: its users scope it.
 */
@Component
public class OrganisationTree {

    public record Node(long id, String code, String name, OrganisationLevel level, @Nullable Long parentId,
            String path) {

        public int depth() {
            return (int) path.chars().filter(c -> c == '/').count() - 2;
        }

        /** Levels below the organisation at {@code topPath}, which is 0. */
        public int depthBelow(String topPath) {
            return (int) path.substring(topPath.length()).chars().filter(c -> c == '/').count();
        }
    }

    /** The whole tree, parents before children. */
    public record Snapshot(List<Node> nodes, Map<Long, Node> byId, Map<String, Node> byCode) {

        public List<Node> subtree(Node root) {
            return nodes.stream().filter(node -> node.path().startsWith(root.path())).toList();
        }

        public List<Node> children(@Nullable Node parent) {
            Long parentId = parent == null ? null : parent.id();
            return nodes.stream().filter(node -> Objects.equals(node.parentId(), parentId)).toList();
        }
    }

    private record Loaded(Record2<Long, Instant> stamp, Snapshot snapshot) {}

    private final DSLContext db;
    private volatile @Nullable Loaded loaded;

    public OrganisationTree(DSLContext db) {
        this.db = db;
    }

    /** The tree as it is now: read again only when an organisation was added (a new id) or changed. */
    public Snapshot get() {
        Record2<Long, Instant> stamp = stampQuery().fetchOne();
        Loaded current = loaded;
        if (current == null || !current.stamp().equals(stamp)) {
            current = new Loaded(stamp, load());
            loaded = current;
        }
        return current.snapshot();
    }

    /** What tells whether the tree changed: the newest organisation and the newest change. */
    public ResultQuery<Record2<Long, Instant>> stampQuery() {
        return db.select(DSL.max(ORGANISATION.ID), DSL.max(ORGANISATION.UPDATED_AT)).from(ORGANISATION);
    }

    private Snapshot load() {
        List<Node> nodes = db.select(ORGANISATION.ID, ORGANISATION.CODE, ORGANISATION.NAME, ORGANISATION.LEVEL,
                        ORGANISATION.PARENT_ID, ORGANISATION.PATH)
                .from(ORGANISATION)
                .orderBy(ORGANISATION.PATH)
                .fetch(r -> new Node(r.value1(), r.value2(), r.value3(), OrganisationLevel.valueOf(r.value4()),
                        r.value5(), r.value6()));
        Map<Long, Node> byId = new HashMap<>();
        Map<String, Node> byCode = new HashMap<>();
        for (Node node : nodes) {
            byId.put(node.id(), node);
            byCode.put(node.code(), node);
        }
        return new Snapshot(List.copyOf(nodes), Map.copyOf(byId), Map.copyOf(byCode));
    }
}
