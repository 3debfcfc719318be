package org.tablero.assessment.value;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Labels;
import org.tablero.common.NotFoundException;
import org.tablero.common.ProblemDisplay;
import org.tablero.layout.MainLayout;

/**
 * The objectives of the national digital strategy that projects link to: an administrator adds, renames,
 * deactivates and deletes them. One that projects link to cannot be deleted, only deactivated.
 */
@Route(value = "admin/objectives", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class StrategyObjectivesView extends VerticalLayout implements HasDynamicTitle {

    private final transient StrategyObjectiveService objectives;
    final Grid<StrategyObjective> grid = new Grid<>();
    private final H3 formHeading = new H3();
    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameEs = new TextField();
    final TextField namePt = new TextField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    final Button delete = new Button();
    final Span objectiveProblem = new Span();
    private final ProblemDisplay problems = new ProblemDisplay();
    private StrategyObjective editing;

    public StrategyObjectivesView(StrategyObjectiveService objectives) {
        this.objectives = objectives;
        addClassName("objectives-view");
        setSizeFull();

        grid.addColumn(StrategyObjective::code).setHeader(getTranslation("value.objective.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(objective -> objective.name(getLocale())).setHeader(getTranslation("value.objective.name"));
        grid.addColumn(objective -> getTranslation(objective.active() ? "value.objective.state.active"
                : "value.objective.state.inactive")).setHeader(getTranslation("value.objective.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setHeightFull();
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));

        code.setLabel(getTranslation("value.objective.code"));
        code.setHelperText(getTranslation("value.objective.code.help"));
        nameEn.setLabel(getTranslation("value.objective.name-en"));
        nameEs.setLabel(getTranslation("value.objective.name-es"));
        namePt.setLabel(getTranslation("value.objective.name-pt"));
        active.setLabel(getTranslation("value.objective.active"));
        active.setTooltipText(getTranslation("value.objective.active.help"));
        problems.field("code", code).field("nameEn", nameEn).field("nameEs", nameEs).field("namePt", namePt)
                .message("objective", objectiveProblem);

        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button add = new Button(getTranslation("value.objective.new"), click -> grid.asSingleSelect().clear());
        delete.setText(getTranslation("value.objective.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
        FormLayout form = new FormLayout(code, nameEn, nameEs, namePt, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout editor = new VerticalLayout(formHeading, form, objectiveProblem,
                new HorizontalLayout(save, add, delete));
        editor.setWidth("28em");
        editor.addClassName("editor");

        HorizontalLayout body = new HorizontalLayout(grid, editor);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        add(new H2(getTranslation("value.objectives.heading")), body);
        setFlexGrow(1, body);
        reload();
        edit(null);
    }

    private void reload() {
        grid.setItems(objectives.list(true));
    }

    private void edit(StrategyObjective objective) {
        editing = objective;
        problems.clear();
        formHeading.setText(objective == null ? getTranslation("value.objective.new")
                : getTranslation("value.objective.edit", objective.code()));
        code.setValue(objective == null ? "" : objective.code());
        nameEn.setValue(objective == null ? "" : objective.nameEn());
        nameEs.setValue(objective == null ? "" : objective.nameEs());
        namePt.setValue(objective == null ? "" : objective.namePt());
        active.setValue(objective == null || objective.active());
        delete.setVisible(objective != null);
    }

    private void save() {
        StrategyObjectiveInput input = new StrategyObjectiveInput(code.getValue().strip(), nameEn.getValue().strip(),
                nameEs.getValue().strip(), namePt.getValue().strip(), active.getValue());
        try {
            StrategyObjective saved = editing == null ? objectives.create(input)
                    : objectives.update(editing.id(), editing.version(), input);
            Notification.show(getTranslation("form.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
            grid.select(saved);
            edit(saved);
        } catch (InvalidInputException refused) {
            problems.show(refused);
        } catch (ConcurrentEditException conflict) {
            concurrentEdit();
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("value.objective.delete.confirm", editing.code()));
        confirm.setText(getTranslation("value.objective.delete.explain"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("value.objective.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> deleteEditing());
        confirm.open();
    }

    /** Deletes the objective in the form; a refusal (projects link to it) is shown in the form and as a notice. */
    void deleteEditing() {
        try {
            objectives.delete(editing.id(), editing.version());
            Notification.show(getTranslation("value.objective.deleted"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
            grid.asSingleSelect().clear();
            edit(null);
        } catch (InvalidInputException refused) {
            String text = refused.problems().stream().map(Labels::of).collect(Collectors.joining(" "));
            problems.clear();
            objectiveProblem.setText(text);
            objectiveProblem.setVisible(true);
            Notification.show(text, 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ConcurrentEditException | NotFoundException conflict) {
            concurrentEdit();
        }
    }

    private void concurrentEdit() {
        Notification.show(getTranslation("form.concurrent-edit"), 10000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        reload();
        StrategyObjective current = objectives.list(true).stream()
                .filter(objective -> objective.id() == editing.id()).findFirst().orElse(null);
        grid.asSingleSelect().setValue(current);
        edit(current);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("value.objectives.heading") + " · " + getTranslation("app.name");
    }
}
