package org.tablero.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.layout.MainLayout;

/** The organisation tree of the administrator's subtree, and a form to add or change an organisation. */
@Route(value = "admin/organisations", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient OrganisationService organisations;
    private final TreeGrid<Organisation> tree = new TreeGrid<>();
    private final H3 formHeading = new H3();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<OrganisationLevel> level = new Select<>();
    private final ComboBox<Organisation> parent = OrganisationPicker.create("", List.of());
    private final ProblemDisplay problems = new ProblemDisplay();
    private Organisation editing;

    public OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassName("organisations-view");
        setSizeFull();

        tree.addHierarchyColumn(Organisation::name).setHeader(getTranslation("organisation.name")).setWidth("24em")
                .setFlexGrow(1);
        tree.addColumn(Organisation::code).setHeader(getTranslation("organisation.code")).setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(org -> Labels.of(org.level())).setHeader(getTranslation("organisation.level"))
                .setAutoWidth(true).setFlexGrow(0);
        tree.setHeightFull();
        tree.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));

        code.setLabel(getTranslation("organisation.code"));
        code.setHelperText(getTranslation("organisation.code.help"));
        name.setLabel(getTranslation("organisation.name"));
        level.setLabel(getTranslation("organisation.level"));
        level.setItems(OrganisationLevel.values());
        level.setItemLabelGenerator(Labels::of);
        parent.setLabel(getTranslation("organisation.parent"));
        parent.setClearButtonVisible(true);
        problems.field("code", code).field("name", name).field("level", level).field("parentId", parent);

        Button save = new Button(getTranslation("form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("organisation.new"), click -> tree.asSingleSelect().clear());
        FormLayout form = new FormLayout(code, name, level, parent);
        VerticalLayout editor = new VerticalLayout(formHeading, form, new HorizontalLayout(save, add));
        editor.setWidth("28em");
        editor.addClassName("editor");

        HorizontalLayout body = new HorizontalLayout(tree, editor);
        body.setSizeFull();
        body.setFlexGrow(1, tree);
        add(new H2(getTranslation("organisations.heading")), body);
        setFlexGrow(1, body);
        reload();
        edit(null);
    }

    private void reload() {
        List<Organisation> all = organisations.visibleToCurrentUser();
        tree.setItems(all.stream().filter(org -> all.stream().noneMatch(p -> Objects.equals(p.id(), org.parentId())))
                .toList(), org -> all.stream().filter(child -> Objects.equals(child.parentId(), org.id())).toList());
        tree.expandRecursively(tree.getTreeData().getRootItems(), 1);
        parent.setItems(all);
    }

    private void edit(Organisation organisation) {
        editing = organisation;
        problems.clear();
        formHeading.setText(organisation == null ? getTranslation("organisation.new")
                : getTranslation("organisation.edit", organisation.name()));
        code.setValue(organisation == null ? "" : organisation.code());
        name.setValue(organisation == null ? "" : organisation.name());
        level.setValue(organisation == null ? null : organisation.level());
        parent.setValue(organisation == null ? null : OrganisationPicker.find(parent, organisation.parentId())
                .orElse(null));
    }

    private void save() {
        OrganisationInput input = new OrganisationInput(code.getValue().strip(), name.getValue().strip(),
                level.getValue(), parent.getOptionalValue().map(Organisation::id).orElse(null));
        try {
            Organisation saved = editing == null ? organisations.create(input)
                    : organisations.update(editing.id(), editing.version(), input);
            Notification.show(getTranslation("form.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
            tree.select(saved);
        } catch (InvalidInputException refused) {
            problems.show(refused);
        } catch (ConcurrentEditException conflict) {
            Notification.show(getTranslation("form.concurrent-edit"), 10000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            reload();
            edit(organisations.get(editing.id()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.heading") + " · " + getTranslation("app.name");
    }
}
