package org.tablero.publication;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A plain HTML table with column headings, the way the public pages list things: readable by screen readers,
 * printable, and scrolled sideways on a phone rather than squeezed.
 */
final class PublicTable extends Div {

    private final NativeTableBody body = new NativeTableBody();

    PublicTable(String... headings) {
        NativeTableRow row = new NativeTableRow();
        for (String heading : headings) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        NativeTable table = new NativeTable(new NativeTableHeader(row), body);
        table.addClassName("figures-table");
        addClassName("table-scroll");
        add(table);
    }

    /** One row; each cell a text or a component. */
    PublicTable row(Object... cells) {
        NativeTableRow row = new NativeTableRow();
        for (Object cell : cells) {
            row.add(cell instanceof Component component ? new NativeTableCell(component)
                    : new NativeTableCell(new Text(cell == null ? "" : cell.toString())));
        }
        body.add(row);
        return this;
    }

    boolean isEmpty() {
        return body.getChildren().findAny().isEmpty();
    }
}
