package org.tablero.approval;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.tablero.assessment.AssessmentSummaryFactory;
import org.tablero.common.Formats;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.config.TableroProperties;
import org.tablero.layout.MainLayout;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectView;

/**
 * The review screen: the owner's proposal on the left, the reviewer's verdict on the right, earlier rounds
 * folded above. Endorsing is offered only when no assessment gate blocks it; the gates are listed.
 */
@Route(value = "projects/:id/review", layout = MainLayout.class)
@RolesAllowed({"DIGITAL_AUTHORITY", "BUDGET_OFFICE", "PROCUREMENT_AUTHORITY"})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectService projects;
    private final transient ApprovalService approvals;
    private final transient TableroProperties properties;
    private final transient AssessmentSummaryFactory summaries;
    final RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>();
    final TextArea rationale = new TextArea();
    final Button give = new Button();
    private String title = "";

    public ReviewView(ProjectService projects, ApprovalService approvals, TableroProperties properties,
            AssessmentSummaryFactory summaries) {
        this.projects = projects;
        this.approvals = approvals;
        this.properties = properties;
        this.summaries = summaries;
        addClassName("review-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
            Project project = projects.get(id);
            ReviewAspect aspect = approvals.aspectToReview(id).orElse(null);
            if (aspect == null) {
                event.forwardTo(ProjectView.class, new RouteParameters("id", String.valueOf(id)));
                return;
            }
            show(project, aspect);
        } catch (NumberFormatException | AccessDeniedException | org.tablero.common.NotFoundException missing) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(Project project, ReviewAspect aspect) {
        title = getTranslation("review.heading", Labels.of(aspect), project.code());
        removeAll();
        add(new H2(title));
        List<ReviewRound> rounds = approvals.rounds(project.id());
        rounds.stream().filter(round -> !round.isOpen()).forEach(round -> add(earlierRound(round)));

        Div proposal = new Div(new H3(getTranslation("review.proposal")), new Paragraph(project.title()),
                new Paragraph(project.summary()),
                line("project.organisation", project.organisationName()),
                line("project.lifecycle-cost", Formats.money(project.lifecycleCost(), properties.currency(),
                        getLocale())),
                line("project.tier", Labels.of(project.tier())),
                line("project.planned-period", Formats.date(project.plannedStart(), getLocale()) + " – "
                        + Formats.date(project.plannedEnd(), getLocale())));
        proposal.add(summaries.of(project));
        proposal.addClassName("review-proposal");

        List<String> gates = approvals.endorsementBlockers(project.id(), aspect);
        verdict.setLabel(getTranslation("review.verdict"));
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(Labels::of);
        verdict.setItemEnabledProvider(option -> option != Verdict.ENDORSE || gates.isEmpty());
        rationale.setLabel(getTranslation("review.rationale"));
        rationale.setHelperText(getTranslation("review.rationale.help"));
        rationale.setWidthFull();
        rationale.setMinHeight("10em");
        ProblemDisplay problems = new ProblemDisplay().field("verdict", verdict).field("rationale", rationale);
        give.setText(getTranslation("review.give"));
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(click -> {
            try {
                approvals.review(project.id(), aspect, verdict.getValue(), rationale.getValue());
                Notification.show(getTranslation("review.given"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
            } catch (InvalidInputException refused) {
                problems.show(refused);
            } catch (StepRefusedException refused) {
                Notification.show(String.join(" ", refused.reasons().stream().map(this::getTranslation).toList()),
                        8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        Div judgement = new Div(new H3(getTranslation("review.your-verdict")), verdict, rationale, give);
        if (!gates.isEmpty()) {
            UnorderedList list = new UnorderedList();
            gates.forEach(gate -> list.add(new ListItem(getTranslation(gate))));
            list.addClassName("blockers");
            judgement.addComponentAtIndex(1, new Div(new Paragraph(getTranslation("review.endorsement-blocked")),
                    list));
        }
        judgement.addClassName("review-judgement");
        Div columns = new Div(proposal, judgement);
        columns.addClassName("review-columns");
        add(columns);
    }

    private Details earlierRound(ReviewRound round) {
        VerticalLayout verdicts = new VerticalLayout();
        verdicts.setPadding(false);
        for (Review review : round.reviews()) {
            verdicts.add(new Paragraph(Labels.of(review.aspect()) + ": " + Labels.of(review.verdict()) + " — "
                    + review.rationale()));
        }
        return new Details(getTranslation("review.earlier-round", round.number(), Labels.of(round.outcome())),
                verdicts);
    }

    private Div line(String labelKey, String value) {
        Div line = new Div(new Span(getTranslation(labelKey)), new Span(value));
        line.addClassName("detail");
        return line;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
