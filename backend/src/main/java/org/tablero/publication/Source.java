package org.tablero.publication;

import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;

/**
 * How one public dataset is read: the columns, the tables (always including the project, whose public condition
 * applies), a condition of its own (e.g. submitted reports only), the key that orders it (and breaks the ties of
 * any other order, in the same direction, so that an index on the sorted column serves both), what the API may
 * sort by, the id of a single record, and how a row becomes a public record.
 */
record Source<T>(
        List<SelectField<?>> fields,
        Table<?> from,
        Condition condition,
        List<Field<?>> key,
        Map<String, Field<?>> sorts,
        @Nullable Field<Long> id,
        Mapper<T> mapper) {

    interface Mapper<T> {
        T map(Record row, ReadContext context);
    }
}
