package org.tablero.approval;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Labels;
import org.tablero.project.Project;
import org.tablero.project.ProjectStatus;

/**
 * The steps the current user can take on a project, as prominent buttons, and for the owner what still
 * blocks the submission. Steps the user's roles never take are not shown.
 */
public class WorkflowPanel extends Composite<Div> {

    private final transient ApprovalService approvals;
    private final transient Project project;
    private final transient Runnable reload;

    public WorkflowPanel(ApprovalService approvals, Project project, Runnable reload) {
        this.approvals = approvals;
        this.project = project;
        this.reload = reload;
        getContent().addClassName("workflow-panel");
        Map<Action, List<String>> blockers = approvals.blockers(project.id());
        List<FieldProblem> missing = blockers.get(Action.SUBMIT).isEmpty()
                ? approvals.missingForSubmission(project.id()) : List.of();
        Div buttons = new Div();
        buttons.addClassName("workflow-actions");
        for (Action action : Action.values()) {
            if (blockers.get(action).isEmpty()) {
                Button button = button(action);
                // what blocks the submission is listed right below the button
                button.setEnabled(action != Action.SUBMIT || missing.isEmpty());
                buttons.add(button);
            }
        }
        getContent().add(buttons);
        if (!missing.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("workflow.missing-for-submission")));
            UnorderedList list = new UnorderedList();
            missing.forEach(problem -> list.add(new ListItem(Labels.of(problem))));
            list.addClassName("blockers");
            getContent().add(list);
        }
        List<String> reviewBlockers = blockers.get(Action.REVIEW);
        if (project.status() == ProjectStatus.IN_REVIEW && !reviewBlockers.contains("workflow.blocked.role")
                && !reviewBlockers.isEmpty()) {
            getContent().add(blockedBy(reviewBlockers));
        }
    }

    private Button button(Action action) {
        Button button = new Button(getTranslation("workflow.action." + action));
        button.addClassName("action-" + action.name().toLowerCase().replace('_', '-'));
        switch (action) {
            case SUBMIT, START, RESUME, CLOSE -> button.addClickListener(click -> run(action,
                    () -> action == Action.SUBMIT ? approvals.submit(project.id())
                            : approvals.ownerStep(project.id(), action, null)));
            case HOLD, CANCEL -> button.addClickListener(click -> new ReasonDialog(
                    getTranslation("workflow.action." + action), getTranslation("workflow.action." + action), true,
                    reason -> run(action, () -> approvals.ownerStep(project.id(), action, reason))).open());
            case BOARD_APPROVE, BOARD_REJECT -> button.addClickListener(click -> new ReasonDialog(
                    getTranslation("workflow.action." + action), getTranslation("workflow.action." + action), true,
                    reason -> run(action, () -> approvals.decide(project.id(), action == Action.BOARD_APPROVE,
                            reason))).open());
            case REVIEW -> button.addClickListener(click -> UI.getCurrent().navigate(ReviewView.class,
                    new RouteParameters("id", String.valueOf(project.id()))));
        }
        if (action == Action.CANCEL || action == Action.BOARD_REJECT) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        } else if (action != Action.HOLD) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void run(Action action, Supplier<Project> step) {
        try {
            step.get();
            Notification.show(getTranslation("workflow.done." + action), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload.run();
        } catch (StepRefusedException refused) {
            Notification.show(String.join(" ", refused.reasons().stream().map(this::getTranslation).toList()),
                    8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (InvalidInputException refused) {
            if (refused.problems().stream().anyMatch(problem -> problem.field().equals("rationale"))) {
                throw refused;
            }
            Notification.show(String.join(" ", refused.problems().stream().map(Labels::of).toList()), 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Div blockedBy(List<String> reasons) {
        UnorderedList list = new UnorderedList();
        reasons.forEach(reason -> list.add(new ListItem(getTranslation(reason))));
        list.addClassName("blockers");
        return new Div(new Paragraph(getTranslation("workflow.review-blocked")), list);
    }
}
