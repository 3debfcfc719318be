package org.tablero.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tablero.common.Chart.Category;
import org.tablero.common.Chart.Series;

/**
 * A chart with its heading and, under it, "show as table": the same figures as a table, for screen readers and for
 * people who prefer numbers. With {@link #links}, every bar and every row of the table leads to the figures behind
 * it (a click on the chart, or a link in the table that a keyboard reaches).
 */
public class ChartCard extends Section {

    private final Chart chart;
    private final String categoryHeading;
    private final List<Series> columns = new ArrayList<>();
    private final NativeDetails details;
    private @Nullable Function<String, @Nullable String> link;

    /**
     * @param categoryHeading the heading of the table's first column, e.g. "Status"
     */
    public ChartCard(Chart chart, String categoryHeading) {
        this.chart = chart;
        this.categoryHeading = categoryHeading;
        columns.addAll(chart.series());
        addClassName("chart-card");
        details = new NativeDetails(getTranslation("public.chart.show-table"));
        details.addClassName("chart-table");
        add(new H3(chart.title()), chart, details);
        chart.addCategoryClickListener(event -> {
            String address = link == null ? null : link.apply(event.key());
            if (address != null) {
                Location location = new Location(address);
                getUI().ifPresent(ui -> ui.navigate(location.getPath(), location.getQueryParameters()));
            }
        });
        renderTable();
    }

    /** A column of the table that the chart does not draw, e.g. the number of projects beside their investment. */
    public ChartCard column(Series series) {
        columns.add(series);
        renderTable();
        return this;
    }

    /** Where the figures of a category are listed: the address for a category's key, null for none. */
    public ChartCard links(Function<String, @Nullable String> addressOfKey) {
        this.link = addressOfKey;
        chart.addClassName("drills-down");
        renderTable();
        return this;
    }

    public Chart chart() {
        return chart;
    }

    /** The table, also when folded. */
    public NativeTable table() {
        return (NativeTable) details.getContent();
    }

    private void renderTable() {
        NativeTableRow headings = new NativeTableRow();
        headings.add(header(categoryHeading));
        columns.forEach(series -> headings.add(header(series.name())));
        NativeTableBody body = new NativeTableBody();
        List<Category> categories = chart.categories();
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            NativeTableRow row = new NativeTableRow();
            String address = link == null ? null : link.apply(category.key());
            Component label = address == null ? new Span(category.label()) : new Anchor(address, category.label());
            NativeTableHeaderCell rowHeading = new NativeTableHeaderCell(label);
            rowHeading.getElement().setAttribute("scope", "row");
            row.add(rowHeading);
            for (Series series : columns) {
                NativeTableCell cell = new NativeTableCell(series.formatted(i));
                cell.addClassName("number");
                row.add(cell);
            }
            body.add(row);
        }
        NativeTable table = new NativeTable(new NativeTableHeader(headings), body);
        table.addClassName("figures-table");
        details.setContent(table);
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
