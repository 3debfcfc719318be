package org.tablero.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tablero.assessment.standards.ComplianceAssessment;
import org.tablero.assessment.standards.ComplianceOutcome;
import org.tablero.assessment.standards.SelfAssessmentInput;
import org.tablero.assessment.standards.StandardCompliance;
import org.tablero.assessment.standards.StandardsComplianceService;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.layout.MainLayout;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;

/**
 * Standards compliance of one project: the owner self-assesses each standard with evidence; the digital
 * authority confirms or overrides each outcome and may grant a waiver. Everybody else reads it.
 */
@Route(value = "projects/:id/standards", layout = MainLayout.class)
@PermitAll
public class StandardsView extends ProjectPartView {

    private final transient StandardsComplianceService compliance;
    final Map<String, Select<ComplianceOutcome>> outcomes = new LinkedHashMap<>();
    final Map<String, TextArea> evidence = new LinkedHashMap<>();
    final Button save = new Button();

    public StandardsView(ProjectService projects, StandardsComplianceService compliance) {
        super(projects, "standards.heading", "standards-view");
        this.compliance = compliance;
    }


    @Override
    protected void build(Project project) {
        ComplianceAssessment assessment = compliance.assessment(project.id());
        boolean owner = compliance.canSelfAssess(project);
        boolean reviewer = compliance.canReview(project);
        outcomes.clear();
        evidence.clear();
        add(new Paragraph(getTranslation("standards.catalogue-version", assessment.catalogue())));
        ProblemDisplay problems = new ProblemDisplay();
        for (StandardCompliance standard : assessment.standards()) {
            add(card(project, assessment, standard, owner, reviewer, problems));
        }
        if (owner) {
            save.setText(getTranslation("standards.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> act(project, problems, () -> compliance.selfAssess(project.id(),
                    assessment.version(), entries())));
            add(save);
        }
    }

    private Div card(Project project, ComplianceAssessment assessment, StandardCompliance standard, boolean owner,
            boolean reviewer, ProblemDisplay problems) {
        Span name = new Span(standard.name().in(getLocale()));
        name.addClassName("standard-name");
        Div card = new Div(name);
        if (standard.mandatory()) {
            Span mandatory = new Span(getTranslation("standards.mandatory"));
            mandatory.addClassNames("badge", "tier-strategic");
            card.add(mandatory);
        }
        card.addClassName("standard-card");
        String description = standard.description() == null ? null : standard.description().in(getLocale());
        if (description != null && !description.isBlank()) {
            card.add(new Paragraph(description));
        }
        if (owner) {
            Select<ComplianceOutcome> outcome = new Select<>();
            outcome.setLabel(getTranslation("standards.self-outcome"));
            outcome.setItems(ComplianceOutcome.values());
            outcome.setItemLabelGenerator(Labels::of);
            outcome.setValue(standard.selfOutcome());
            TextArea text = new TextArea(getTranslation("standards.evidence"));
            text.setValue(standard.evidence() == null ? "" : standard.evidence());
            text.setWidthFull();
            outcomes.put(standard.code(), outcome);
            evidence.put(standard.code(), text);
            problems.field("standards." + standard.code() + ".outcome", outcome)
                    .field("standards." + standard.code() + ".evidence", text);
            card.add(new HorizontalLayout(outcome), text);
        } else {
            card.add(line("standards.self-outcome", standard.selfOutcome() == null ? getTranslation("standards.none")
                    : Labels.of(standard.selfOutcome()) + (standard.evidence() == null ? "" : " — " + standard.evidence())));
        }
        if (standard.reviewerOutcome() != null) {
            card.add(line("standards.reviewer-outcome", Labels.of(standard.reviewerOutcome())
                    + (standard.reviewerNote() == null ? "" : " — " + standard.reviewerNote())));
        }
        if (standard.waived()) {
            card.add(line("standards.waiver", standard.waiverJustification()));
        }
        if (reviewer && standard.selfAssessed()) {
            card.add(reviewControls(project, assessment, standard));
        }
        if (standard.blocksEndorsement()) {
            Span blocks = new Span(getTranslation("standards.blocked.mandatory-not-met"));
            blocks.addClassName("blockers");
            card.add(blocks);
        }
        return card;
    }

    private HorizontalLayout reviewControls(Project project, ComplianceAssessment assessment,
            StandardCompliance standard) {
        Select<ComplianceOutcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("standards.reviewer-outcome"));
        outcome.setItems(ComplianceOutcome.values());
        outcome.setItemLabelGenerator(Labels::of);
        outcome.setValue(standard.effectiveOutcome());
        TextField note = new TextField(getTranslation("standards.note"));
        TextField justification = new TextField(getTranslation("standards.waiver-justification"));
        ProblemDisplay problems = new ProblemDisplay().field("outcome", outcome).field("note", note)
                .field("justification", justification);
        Button record = new Button(getTranslation("standards.record"), click -> act(project, problems,
                () -> compliance.review(project.id(), assessment.version(), standard.code(), outcome.getValue(),
                        note.getValue())));
        Button waive = new Button(getTranslation("standards.grant-waiver"), click -> act(project, problems,
                () -> compliance.grantWaiver(project.id(), assessment.version(), standard.code(),
                        justification.getValue())));
        HorizontalLayout controls = new HorizontalLayout(outcome, note, record, justification, waive);
        controls.setAlignItems(Alignment.BASELINE);
        controls.setWrap(true);
        return controls;
    }

    private List<SelfAssessmentInput> entries() {
        List<SelfAssessmentInput> entries = new ArrayList<>();
        outcomes.forEach((code, outcome) -> {
            if (outcome.getValue() != null) {
                entries.add(new SelfAssessmentInput(code, outcome.getValue(), evidence.get(code).getValue()));
            }
        });
        return entries;
    }

    private void act(Project project, ProblemDisplay problems, Supplier<ComplianceAssessment> change) {
        try {
            change.get();
            saved(project);
        } catch (InvalidInputException refused) {
            problems.show(refused);
        } catch (ConcurrentEditException conflict) {
            conflict(project);
        }
    }

    private Div line(String labelKey, String value) {
        Div line = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
        line.addClassName("assessment-line");
        return line;
    }
}
