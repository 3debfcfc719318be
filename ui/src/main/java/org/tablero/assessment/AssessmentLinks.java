package org.tablero.assessment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.tablero.project.Project;

/** Links between a project's page and its assessments, the same on every one of them. */
public final class AssessmentLinks {

    private AssessmentLinks() {}

    public static Div of(Project project) {
        String base = "projects/" + project.id();
        Div links = new Div(
                new Anchor(base, project.code()),
                new Anchor(base + "/standards", UI.getCurrent().getTranslation("assessment.standards")),
                new Anchor(base + "/value", UI.getCurrent().getTranslation("assessment.value")),
                new Anchor(base + "/risks", UI.getCurrent().getTranslation("assessment.risks")),
                new Anchor(base + "/procurement", UI.getCurrent().getTranslation("assessment.procurement")),
                new Anchor(base + "/progress", UI.getCurrent().getTranslation("delivery.link")),
                new Anchor(base + "/results", UI.getCurrent().getTranslation("results.link")));
        links.addClassName("assessment-links");
        return links;
    }
}
