package org.tablero.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The downloads of the open data: each dataset as CSV, written row by row as the rows are read; the Frictionless
 * data package that describes them; and the DCAT catalogue. Licence CC BY 4.0 in each.
 */
@Component
public class OpenData {

    public static final String LICENCE_ID = "CC-BY-4.0";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    public static final String LICENCE_TITLE = "Creative Commons Attribution 4.0 International";

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final PublicPortfolio portfolio;

    OpenData(PublicPortfolio portfolio) {
        this.portfolio = portfolio;
    }

    /** Writes the dataset as CSV (RFC 4180, UTF-8, a header row), flushing as it goes. */
    public void writeCsv(PublicDataset<?> dataset, Writer out) throws IOException {
        TableSchema schema = TableSchema.of(dataset.type());
        CSVPrinter printer = new CSVPrinter(out, CSV);
        printer.printRecord(schema.header());
        portfolio.forEach(dataset, record -> {
            try {
                for (TableSchema.Column column : schema.columns()) {
                    printer.print(column.format(record));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    /**
     * The Frictionless data package: one tabular resource per dataset, its path relative to the package (the
     * CSVs lie beside it, on the API and in a snapshot alike).
     */
    public Map<String, Object> dataPackage(Instant created) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("profile", "tabular-data-package");
        description.put("name", "tablero-portfolio");
        description.put("title", "Tablero: the public portfolio of digital government investments");
        description.put("description", "Every digital investment submitted for approval, with its assessments' "
                + "public outcomes, review decisions, baselines, progress, ratings, KPIs, user experience and "
                + "contracts. Withheld values read \"withheld: <ground>\" in the <field>_withheld column.");
        description.put("licenses", List.of(licence()));
        description.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        List<Map<String, Object>> resources = new ArrayList<>();
        for (PublicDataset<?> dataset : PublicDataset.ALL) {
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("name", dataset.name());
            resource.put("path", dataset.name() + ".csv");
            resource.put("profile", "tabular-data-resource");
            resource.put("title", dataset.title());
            resource.put("description", dataset.description());
            resource.put("format", "csv");
            resource.put("mediatype", "text/csv");
            resource.put("encoding", "utf-8");
            resource.put("licenses", List.of(licence()));
            resource.put("schema", TableSchema.of(dataset.type()).describe(dataset));
            resources.add(resource);
        }
        description.put("resources", resources);
        return description;
    }

    /** The DCAT catalogue in JSON-LD: a dcat:Dataset per dataset, with its CSV and JSON distributions. */
    public Map<String, Object> catalogue(String apiBase, Instant modified) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        Map<String, Object> licence = Map.of("@id", LICENCE_URL);
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (PublicDataset<?> dataset : PublicDataset.ALL) {
            Map<String, Object> csv = new LinkedHashMap<>();
            csv.put("@type", "dcat:Distribution");
            csv.put("dct:title", dataset.title() + " (CSV)");
            csv.put("dcat:downloadURL", Map.of("@id", apiBase + "/" + dataset.name() + ".csv"));
            csv.put("dcat:accessURL", Map.of("@id", apiBase + "/" + dataset.name() + ".csv"));
            csv.put("dcat:mediaType", Map.of("@id", "https://www.iana.org/assignments/media-types/text/csv"));
            csv.put("dct:conformsTo", Map.of("@id", apiBase + "/datapackage.json"));
            csv.put("dct:license", licence);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("@type", "dcat:Distribution");
            json.put("dct:title", dataset.title() + " (JSON API)");
            json.put("dcat:accessURL", Map.of("@id", apiBase + "/" + dataset.name()));
            json.put("dcat:mediaType", Map.of("@id", "https://www.iana.org/assignments/media-types/application/json"));
            json.put("dct:license", licence);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("@id", apiBase + "/" + dataset.name());
            entry.put("@type", "dcat:Dataset");
            entry.put("dct:identifier", dataset.name());
            entry.put("dct:title", dataset.title());
            entry.put("dct:description", dataset.description());
            entry.put("dct:license", licence);
            entry.put("dcat:keyword", List.of("digital government", "public investment", "open data"));
            entry.put("dcat:distribution", List.of(csv, json));
            datasets.add(entry);
        }
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", context);
        catalogue.put("@id", apiBase + "/catalog.jsonld");
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", "Tablero: the public portfolio of digital government investments");
        catalogue.put("dct:description", "Open data on every digital investment submitted for approval: "
                + "projects, assessments' outcomes, decisions, delivery monitoring and contracts.");
        catalogue.put("dct:license", licence);
        catalogue.put("dct:modified", modified.truncatedTo(ChronoUnit.SECONDS).toString());
        catalogue.put("dct:publisher", Map.of("@type", "foaf:Agent", "foaf:name", "Tablero"));
        catalogue.put("dcat:dataset", datasets);
        return catalogue;
    }

    private static Map<String, Object> licence() {
        return Map.of("name", LICENCE_ID, "path", LICENCE_URL, "title", LICENCE_TITLE);
    }
}
