package org.tablero.organisation;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Optional;

/** A combo box of organisations, indented by their place in the tree. */
public final class OrganisationPicker {

    private OrganisationPicker() {}

    public static ComboBox<Organisation> create(String label, List<Organisation> organisations) {
        ComboBox<Organisation> picker = new ComboBox<>(label);
        picker.setItems(organisations);
        picker.setItemLabelGenerator(Organisation::name);
        picker.setRenderer(new ComponentRenderer<>(organisation -> {
            Span name = new Span(organisation.name());
            name.getStyle().set("padding-left", organisation.depth() + "em");
            return name;
        }));
        return picker;
    }

    public static Optional<Organisation> find(ComboBox<Organisation> picker, Long id) {
        return id == null ? Optional.empty()
                : picker.getListDataView().getItems().filter(organisation -> organisation.id() == id).findFirst();
    }
}
