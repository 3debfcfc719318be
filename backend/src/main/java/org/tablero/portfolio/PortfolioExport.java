package org.tablero.portfolio;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a project list as CSV or XLSX while the rows are produced. The XLSX workbook is POI's
 * {@link DeferredSXSSFWorkbook}: the sheet's rows are generated while the file is written to the output stream,
 * at most {@value #ROWS_IN_MEMORY} at a time in memory and no temporary file.
 */
@Component
class PortfolioExport {

    private static final int ROWS_IN_MEMORY = 200;

    /**
     * The columns. The first text is the message key; the second is the English heading, which a deployment
     * without the key in its bundles shows (the same fallback as the API's error messages).
     */
    private static final List<Column> COLUMNS = List.of(
            new Column("project.code", "Code", PortfolioProject::code),
            new Column("project.title", "Title", PortfolioProject::title),
            new Column("project.organisation", "Organisation", PortfolioProject::organisationName),
            new Column("portfolio.column.level", "Level", PortfolioProject::organisationLevel),
            new Column("project.category", "Category", PortfolioProject::category),
            new Column("project.status", "Status", PortfolioProject::status),
            new Column("project.tier", "Tier", PortfolioProject::tier),
            new Column("project.funding-source", "Funding source", PortfolioProject::fundingSource),
            new Column("project.lifecycle-cost", "Lifecycle cost", PortfolioProject::lifecycleCost),
            new Column("project.planned-start", "Planned start", PortfolioProject::plannedStart),
            new Column("project.planned-end", "Planned end", PortfolioProject::plannedEnd),
            new Column("portfolio.column.baseline-cost", "Baseline cost", PortfolioProject::baselineCost),
            new Column("portfolio.column.baseline-end", "Baseline end", PortfolioProject::baselineEnd),
            new Column("portfolio.column.rebaselines", "Rebaselines", PortfolioProject::rebaselines),
            new Column("portfolio.column.last-report", "Latest report", PortfolioProject::lastReportDate),
            new Column("portfolio.column.cost-variance", "Cost variance (%)", PortfolioProject::costVariancePercent),
            new Column("portfolio.column.cost-colour", "Cost colour", PortfolioProject::costColour),
            new Column("portfolio.column.schedule-variance", "Schedule variance (days)",
                    PortfolioProject::scheduleVarianceDays),
            new Column("portfolio.column.schedule-colour", "Schedule colour", PortfolioProject::scheduleColour),
            new Column("portfolio.column.rating", "Rating", PortfolioProject::rating),
            new Column("portfolio.column.stale", "Stale", PortfolioProject::stale));

    private record Column(String key, String english, Function<PortfolioProject, Object> value) {}

    /** Produces the rows: hands each project to the consumer, in order. */
    @FunctionalInterface
    interface Rows {
        void forEach(Consumer<PortfolioProject> consumer);
    }

    private final MessageSource messages;

    PortfolioExport(MessageSource messages) {
        this.messages = messages;
    }

    void csv(Locale locale, OutputStream out, Rows rows) {
        Labels labels = new Labels(locale);
        try {
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get()
                    .print(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024));
            printer.printRecord(COLUMNS.stream().map(column -> labels.heading(column)).toList());
            List<Object> values = new ArrayList<>(COLUMNS.size());
            rows.forEach(project -> {
                values.clear();
                for (Column column : COLUMNS) {
                    values.add(labels.text(column.value().apply(project)));
                }
                try {
                    printer.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // flushes the writer without closing the caller's stream
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void xlsx(Locale locale, OutputStream out, Rows rows) {
        Labels labels = new Labels(locale);
        try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(ROWS_IN_MEMORY)) {
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            DeferredSXSSFSheet sheet = workbook.createSheet("Portfolio");
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, (i == 1 || i == 2 ? 40 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setRowGenerator(target -> {
                Row header = target.createRow(0);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(labels.heading(COLUMNS.get(i)));
                    cell.setCellStyle(heading);
                }
                int[] next = {1};
                rows.forEach(project -> {
                    Row row = target.createRow(next[0]++);
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        Object value = COLUMNS.get(i).value().apply(project);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(i);
                        switch (value) {
                            case BigDecimal amount -> {
                                cell.setCellValue(amount.doubleValue());
                                cell.setCellStyle(money);
                            }
                            case Integer number -> cell.setCellValue(number);
                            case LocalDate day -> {
                                cell.setCellValue(day);
                                cell.setCellStyle(date);
                            }
                            case Boolean flag -> cell.setCellValue(flag);
                            default -> cell.setCellValue(labels.text(value));
                        }
                    }
                });
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headings and enum labels in one locale, each looked up once per export. */
    private final class Labels {

        private final Locale locale;
        private final Map<Enum<?>, String> enums = new HashMap<>();

        Labels(Locale locale) {
            this.locale = locale;
        }

        String heading(Column column) {
            return messages.getMessage(column.key(), null, column.english(), locale);
        }

        /** Enums by their label ({@code enum.<Type>.<NAME>}, else the name), dates ISO 8601, numbers plain. */
        String text(Object value) {
            return switch (value) {
                case null -> "";
                case Enum<?> constant -> enums.computeIfAbsent(constant, key -> messages.getMessage(
                        "enum." + key.getDeclaringClass().getSimpleName() + "." + key.name(), null, key.name(),
                        locale));
                case BigDecimal amount -> amount.toPlainString();
                default -> value.toString();
            };
        }
    }
}
