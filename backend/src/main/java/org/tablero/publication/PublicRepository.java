package org.tablero.publication;

import static org.tablero.db.Tables.CONFIDENTIAL_FIELD;
import static org.tablero.db.Tables.PROJECT;
import static org.tablero.db.Tables.PROJECT_COST_YEAR;
import static org.tablero.db.Tables.PROJECT_INFRASTRUCTURE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.tablero.project.Infrastructure;
import org.tablero.project.YearlyCost;

@Repository
class PublicRepository {

    /** Rows fetched at a time while streaming from MariaDB Connector/J. */
    private static final int STREAM_BATCH = 1000;

    /** What the portfolio aggregates group by: a key per group, its projects and their lifecycle cost. */
    record Group<K>(K key, long projects, BigDecimal investment) {}

    private final DSLContext db;

    PublicRepository(DSLContext db) {
        this.db = db;
    }

    List<ConfidentialMark> marks(Condition where) {
        return db.select(CONFIDENTIAL_FIELD.PROJECT_ID, CONFIDENTIAL_FIELD.FIELD_KEY, CONFIDENTIAL_FIELD.ITEM_ID,
                        CONFIDENTIAL_FIELD.LEGAL_GROUND, CONFIDENTIAL_FIELD.MARKED_AT)
                .from(CONFIDENTIAL_FIELD)
                .where(where)
                .orderBy(CONFIDENTIAL_FIELD.PROJECT_ID, CONFIDENTIAL_FIELD.FIELD_KEY, CONFIDENTIAL_FIELD.ITEM_ID)
                .fetch(r -> new ConfidentialMark(r.value1(), ConfidentialField.valueOf(r.value2()), r.value3(),
                        r.value4(), r.value5()));
    }

    Optional<Long> publicProjectId(String code) {
        return db.select(PROJECT.ID).from(PROJECT).where(PROJECT.CODE.eq(code).and(PublicSources.PUBLIC_PROJECT))
                .fetchOptional(r -> r.value1());
    }

    /** A page in the order of the field (its key breaking ties), or of the key when the field is null. */
    <T> List<T> page(Source<T> source, Condition where, @Nullable Field<?> sort, boolean ascending, int offset,
            int limit, ReadContext context) {
        return db.select(source.fields()).from(source.from())
                .where(visible(source, where))
                .orderBy(order(source, sort, ascending))
                .offset(offset).limit(limit)
                .fetch(r -> source.mapper().map(r, context));
    }

    /**
     * The key of every row of a list, in the list's order: one scan of ids, from an index alone where one serves
     * the order and the public condition (V16). A page is then a slice of it, whatever its number.
     */
    long[] orderedKeys(Source<?> source, Condition where, @Nullable Field<?> sort, boolean ascending) {
        Field<Long> key = singleKey(source);
        try (var keys = db.select(key).from(source.from())
                .where(visible(source, where))
                .orderBy(order(source, sort, ascending))
                .fetchStream()) {
            return keys.mapToLong(row -> row.value1()).toArray();
        }
    }

    /** The public rows of these keys, in the keys' order. */
    <T> List<T> byKeys(Source<T> source, long[] keys, ReadContext context) {
        Field<Long> key = singleKey(source);
        Map<Long, T> rows = new HashMap<>();
        db.select(source.fields()).from(source.from())
                .where(visible(source, key.in(Arrays.stream(keys).boxed().toList())))
                .forEach(r -> rows.put(r.get(key), source.mapper().map(r, context)));
        return Arrays.stream(keys).mapToObj(rows::get).filter(Objects::nonNull).toList();
    }

    /**
     * The field's order, then the key's in the same direction (so that one index serves both), unless the field
     * is unique by itself: an index on it alone then serves the whole order, as the project code's does.
     */
    private static List<OrderField<?>> order(Source<?> source, @Nullable Field<?> sort, boolean ascending) {
        List<OrderField<?>> order = new ArrayList<>();
        if (sort != null) {
            order.add(ascending ? sort.asc() : sort.desc());
            if (isUnique(sort)) {
                return order;
            }
        }
        source.key().forEach(key -> order.add(ascending ? key.asc() : key.desc()));
        return order;
    }

    private static boolean isUnique(Field<?> field) {
        return field instanceof TableField<?, ?> column && column.getTable().getKeys().stream()
                .anyMatch(key -> key.getFields().equals(List.of(column)));
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> singleKey(Source<?> source) {
        if (source.key().size() != 1 || source.key().getFirst().getType() != Long.class) {
            throw new IllegalArgumentException("a source keyed by one id is needed, not " + source.key());
        }
        return (Field<Long>) source.key().getFirst();
    }

    long count(Source<?> source, Condition where) {
        return db.fetchCount(db.selectOne().from(source.from()).where(visible(source, where)));
    }

    <T> List<T> all(Source<T> source, Condition where, ReadContext context) {
        return db.select(source.fields()).from(source.from())
                .where(visible(source, where))
                .orderBy(source.key())
                .fetch(r -> source.mapper().map(r, context));
    }

    /**
     * Every public row, one at a time, in the dataset's order, read as a stream from the database so that memory
     * does not grow with the dataset: MySQL Connector/J streams with a fetch size of {@link Integer#MIN_VALUE},
     * MariaDB Connector/J with a positive fetch size. No other query may run on the connection meanwhile.
     */
    <T> void stream(Source<T> source, ReadContext context, Consumer<T> sink) {
        int fetchSize = db.dialect().family() == SQLDialect.MYSQL ? Integer.MIN_VALUE : STREAM_BATCH;
        try (Cursor<Record> rows = db.select(source.fields()).from(source.from())
                .where(visible(source, DSL.noCondition()))
                .orderBy(source.key())
                .fetchSize(fetchSize)
                .fetchLazy()) {
            for (Record row : rows) {
                sink.accept(source.mapper().map(row, context));
            }
        }
    }

    List<Infrastructure> infrastructureOf(long projectId) {
        return db.select(PROJECT_INFRASTRUCTURE.INFRASTRUCTURE).from(PROJECT_INFRASTRUCTURE)
                .where(PROJECT_INFRASTRUCTURE.PROJECT_ID.eq(projectId))
                .orderBy(PROJECT_INFRASTRUCTURE.INFRASTRUCTURE)
                .fetch(r -> Infrastructure.valueOf(r.value1()));
    }

    List<YearlyCost> costsOf(long projectId) {
        return db.select(PROJECT_COST_YEAR.FISCAL_YEAR, PROJECT_COST_YEAR.CAPITAL_COST, PROJECT_COST_YEAR.OPERATING_COST)
                .from(PROJECT_COST_YEAR)
                .where(PROJECT_COST_YEAR.PROJECT_ID.eq(projectId))
                .orderBy(PROJECT_COST_YEAR.FISCAL_YEAR)
                .fetch(r -> new YearlyCost(r.value1(), r.value2(), r.value3()));
    }

    /** Public projects grouped by the given project columns (their values in order), with count and cost. */
    List<Group<List<Object>>> groups(Condition where, List<Field<?>> by) {
        Field<Integer> projects = DSL.count();
        Field<BigDecimal> investment = DSL.coalesce(DSL.sum(PROJECT.LIFECYCLE_COST), BigDecimal.ZERO);
        List<Field<?>> select = new ArrayList<>(by);
        select.add(projects);
        select.add(investment);
        return db.select(select).from(PROJECT)
                .where(PublicSources.PUBLIC_PROJECT.and(where))
                .groupBy(by)
                .fetch(r -> new Group<>(by.stream().map(field -> (Object) r.get(field)).toList(), r.get(projects),
                        r.get(investment)));
    }

    long countStale(Condition where, LocalDate staleBefore) {
        return db.fetchCount(PROJECT, PublicSources.PUBLIC_PROJECT.and(where).and(PublicSources.stale(staleBefore)));
    }

    private static Condition visible(Source<?> source, Condition where) {
        return PublicSources.PUBLIC_PROJECT.and(source.condition()).and(where);
    }
}
