package org.tablero.project;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;

/** The editable table of estimated cost per fiscal year, split into capital and operating cost. */
class CostTable extends Composite<VerticalLayout> {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout body = new VerticalLayout();
    private final Span problem = new Span();

    CostTable() {
        Button add = new Button(getTranslation("project.add-year"), VaadinIcon.PLUS.create(), click -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        body.setPadding(false);
        body.setSpacing(false);
        getContent().setPadding(false);
        getContent().add(body, add, problem);
        getContent().addClassName("cost-table");
    }

    Span problem() {
        return problem;
    }

    void setValue(List<YearlyCost> costs) {
        rows.clear();
        body.removeAll();
        costs.forEach(this::addRow);
    }

    /** Offers a row for every year of the planned period that has none yet. */
    void coverYears(int firstYear, int lastYear) {
        if (lastYear < firstYear || lastYear - firstYear > 30) {
            return;
        }
        for (int year = firstYear; year <= lastYear; year++) {
            int wanted = year;
            if (rows.stream().noneMatch(row -> Integer.valueOf(wanted).equals(row.year.getValue()))) {
                addRow(new YearlyCost(year, null, null));
            }
        }
    }

    /** Rows without any amount are ignored; half-filled ones reach the service and are refused. */
    List<YearlyCost> getValue() {
        return rows.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new YearlyCost(row.year.getValue(), row.capital.getValue(), row.operating.getValue()))
                .toList();
    }

    int rowCount() {
        return rows.size();
    }

    /** True when a typed amount could not be read as a number; such input is never silently dropped. */
    boolean hasUnreadableInput() {
        return rows.stream().anyMatch(row -> row.capital.isInvalid() || row.operating.isInvalid()
                || row.year.isInvalid());
    }

    private void addRow(YearlyCost cost) {
        Row row = new Row();
        if (cost != null) {
            row.year.setValue(cost.fiscalYear());
            row.capital.setValue(cost.capital());
            row.operating.setValue(cost.operating());
        }
        rows.add(row);
        body.add(row.layout);
    }

    private final class Row {
        final IntegerField year = new IntegerField(getTranslation("project.fiscal-year"));
        final BigDecimalField capital = new BigDecimalField(getTranslation("project.capital"));
        final BigDecimalField operating = new BigDecimalField(getTranslation("project.operating"));
        final HorizontalLayout layout;

        Row() {
            year.setWidth("8em");
            year.setMin(1990);
            year.setMax(2100);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> remove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("project.remove-year"));
            layout = new HorizontalLayout(year, capital, operating, remove);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.addClassName("cost-row");
        }

        void remove() {
            rows.remove(this);
            body.remove(layout);
        }

        boolean isEmpty() {
            return capital.isEmpty() && operating.isEmpty();
        }
    }
}
