package org.tablero.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * Checks a CSV against its Frictionless table schema, as a data user's validator would: the header is the
 * schema's field names in order, every value parses as its field's type, required fields are present, enum
 * values are allowed, primary keys are unique; and foreign keys point at rows that exist.
 */
final class CsvSchemaValidator {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssX");

    private CsvSchemaValidator() {}

    static List<CSVRecord> validate(String name, String csv, JsonNode schema) throws IOException {
        List<CSVRecord> rows = OpenDataIntegrationTest.parse(csv);
        List<String> fields = new ArrayList<>();
        schema.get("fields").forEach(field -> fields.add(field.get("name").asString()));
        List<String> header = csv.isEmpty() ? List.of() : List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
        assertThat(header).as(name + " header").isEqualTo(fields);
        Set<List<String>> primaryKeys = new HashSet<>();
        for (CSVRecord row : rows) {
            for (JsonNode field : schema.get("fields")) {
                String column = field.get("name").asString();
                String value = row.get(column);
                String where = name + " row " + row.getRecordNumber() + " " + column + "='" + value + "'";
                JsonNode constraints = field.get("constraints");
                if (value.isEmpty()) {
                    assertThat(constraints != null && constraints.has("required")).as(where + " is required").isFalse();
                    continue;
                }
                assertThat(parses(field.get("type").asString(), value)).as(where + " is a " + field.get("type")).isTrue();
                if (constraints != null && constraints.has("enum")) {
                    List<String> allowed = new ArrayList<>();
                    constraints.get("enum").forEach(option -> allowed.add(option.asString()));
                    assertThat(allowed).as(where).contains(value);
                }
            }
            List<String> key = new ArrayList<>();
            schema.get("primaryKey").forEach(column -> key.add(row.get(column.asString())));
            assertThat(primaryKeys.add(key)).as(name + " primary key " + key + " is unique").isTrue();
        }
        return rows;
    }

    static void checkForeignKeys(JsonNode dataPackage, Map<String, List<CSVRecord>> tables) {
        for (JsonNode resource : dataPackage.get("resources")) {
            String name = resource.get("name").asString();
            for (JsonNode foreignKey : resource.get("schema").get("foreignKeys")) {
                String column = foreignKey.get("fields").asString();
                String target = foreignKey.get("reference").get("resource").asString();
                String targetColumn = foreignKey.get("reference").get("fields").asString();
                Set<String> existing = new HashSet<>();
                tables.get(target.isEmpty() ? name : target).forEach(row -> existing.add(row.get(targetColumn)));
                for (CSVRecord row : tables.get(name)) {
                    String value = row.get(column);
                    assertThat(value.isEmpty() || existing.contains(value))
                            .as(name + "." + column + "=" + value + " refers to " + target + "." + targetColumn).isTrue();
                }
            }
        }
    }

    private static boolean parses(String type, String value) {
        try {
            switch (type) {
                case "integer" -> {
                    return INTEGER.matcher(value).matches();
                }
                case "number" -> new BigDecimal(value);
                case "boolean" -> {
                    return value.equals("true") || value.equals("false");
                }
                case "date" -> LocalDate.parse(value);
                case "datetime" -> OffsetDateTime.parse(value, DATETIME);
                case "string" -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException unparseable) {
            return false;
        }
    }
}
