package org.tablero.publication;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a dataset's CSV and its Frictionless table schema, both read from the dataset's record: one
 * column per field (snake_case), required unless the field is {@code @Nullable}, typed by its Java type, with the
 * allowed values of an enum. A {@link Disclosed} field becomes two columns, its value (empty when withheld) and
 * {@code <name>_withheld} with the marker, so that a typed column never holds the marker.
 */
final class TableSchema {

    /** A column: its name, Frictionless type, whether required, allowed values, and how to read it from a record. */
    record Column(String name, String type, boolean required, List<String> allowed, RecordComponent component,
            boolean marker) {

        @Nullable String format(Object record) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Disclosed<?> disclosed) {
                value = marker ? disclosed.withheld() : disclosed.value();
            }
            return TableSchema.format(value);
        }
    }

    private final List<Column> columns;

    private TableSchema(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    static TableSchema of(Class<?> recordType) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : recordType.getRecordComponents()) {
            String name = snakeCase(component.getName());
            boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
            if (component.getType() == Disclosed.class) {
                Type valueType = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                columns.add(new Column(name, typeOf((Class<?>) valueType), false, List.of(), component, false));
                columns.add(new Column(name + "_withheld", "string", false, List.of(), component, true));
            } else {
                columns.add(new Column(name, typeOf(component.getType()), !nullable && !isList(component),
                        allowedValues(component.getType()), component, false));
            }
        }
        return new TableSchema(columns);
    }

    List<Column> columns() {
        return columns;
    }

    List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The Frictionless table schema, with the dataset's keys. */
    Map<String, Object> describe(PublicDataset<?> dataset) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", columns.stream().map(TableSchema::describe).toList());
        schema.put("missingValues", List.of(""));
        schema.put("primaryKey", dataset.primaryKey().stream().map(TableSchema::snakeCase).toList());
        List<Map<String, Object>> foreignKeys = new ArrayList<>();
        dataset.foreignKeys().forEach((field, target) -> {
            String[] parts = target.split("\\.");
            String resource = parts[0].equals(dataset.name()) ? "" : parts[0];
            foreignKeys.add(Map.of("fields", snakeCase(field),
                    "reference", Map.of("resource", resource, "fields", snakeCase(parts[1]))));
        });
        schema.put("foreignKeys", foreignKeys);
        return schema;
    }

    private static Map<String, Object> describe(Column column) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", column.name());
        field.put("type", column.type());
        if (column.type().equals("datetime")) {
            field.put("format", "%Y-%m-%dT%H:%M:%SZ");
        }
        if (column.marker()) {
            field.put("description", "\"withheld: <ground>\" when the value is withheld, else empty");
        }
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (column.required()) {
            constraints.put("required", true);
        }
        if (!column.allowed().isEmpty()) {
            constraints.put("enum", column.allowed());
        }
        if (!constraints.isEmpty()) {
            field.put("constraints", constraints);
        }
        return field;
    }

    static @Nullable String format(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant.truncatedTo(ChronoUnit.SECONDS).toString();
            case BigDecimal decimal -> decimal.toPlainString();
            case Enum<?> constant -> constant.name();
            default -> value.toString();
        };
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static String typeOf(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        if (type == BigDecimal.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == Instant.class) {
            return "datetime";
        }
        return "string";
    }

    private static List<String> allowedValues(Class<?> type) {
        return type.isEnum() ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                : List.of();
    }

    private static boolean isList(RecordComponent component) {
        return List.class.isAssignableFrom(component.getType());
    }
}
