package org.tablero.portfolio.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one table kept until {@link #flush()}, which writes them as multi-row INSERT statements: the fastest
 * way that MySQL Connector/J and MariaDB Connector/J both take without driver-specific URL options.
 */
final class RowBatch {

    /** Rows per INSERT statement: large enough to amortise the round trip, far below the 65,535 placeholders. */
    private static final int ROWS_PER_STATEMENT = 1000;

    private final String table;
    private final String[] columns;
    private final List<Object[]> rows = new ArrayList<>();
    private long written;

    RowBatch(String table, String... columns) {
        this.table = table;
        this.columns = columns;
    }

    void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + " has " + columns.length + " columns, got " + values.length);
        }
        rows.add(values);
    }

    /** Writes the pending rows in order (callers flush parents before children, for the foreign keys). */
    void flush(Connection connection) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement insert = connection.prepareStatement(insertOf(chunk.size()))) {
                int index = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        insert.setObject(index++, value);
                    }
                }
                insert.executeUpdate();
            }
        }
        written += rows.size();
        rows.clear();
    }

    long written() {
        return written;
    }

    private String insertOf(int rowCount) {
        String placeholders = "(" + "?,".repeat(columns.length - 1) + "?)";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") VALUES ");
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ",").append(placeholders);
        }
        return sql.toString();
    }
}
