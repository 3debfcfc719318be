package org.tablero.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tablero.assessment.risk.Risk;
import org.tablero.assessment.risk.RiskCategory;
import org.tablero.assessment.risk.RiskHeatMaps;
import org.tablero.assessment.risk.RiskInput;
import org.tablero.assessment.risk.RiskLevel;
import org.tablero.assessment.risk.RiskService;
import org.tablero.assessment.risk.RiskStatus;
import org.tablero.assessment.risk.TransparencyInput;
import org.tablero.assessment.risk.TransparencyRecord;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.layout.MainLayout;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;

/** The risk register of one project with its heat maps; the owner edits it while the project is editable. */
@Route(value = "projects/:id/risks", layout = MainLayout.class)
@PermitAll
public class RisksView extends ProjectPartView {

    private final transient RiskService risks;
    final Select<RiskCategory> category = new Select<>();
    final TextArea description = new TextArea();
    final IntegerField likelihood = new IntegerField();
    final IntegerField impact = new IntegerField();
    final TextArea mitigation = new TextArea();
    final IntegerField residualLikelihood = new IntegerField();
    final IntegerField residualImpact = new IntegerField();
    final TextField owner = new TextField();
    final Select<RiskStatus> status = new Select<>();
    final Button save = new Button();
    private Risk editing;

    public RisksView(ProjectService projects, RiskService risks) {
        super(projects, "risks.heading", "risks-view");
        this.risks = risks;
    }


    @Override
    protected void build(Project project) {
        RiskHeatMaps maps = risks.heatMaps(project.id());
        Div heatMaps = new Div(new HeatMapView(getTranslation("risks.inherent"), maps.inherent()),
                new HeatMapView(getTranslation("risks.residual"), maps.residual()));
        heatMaps.addClassName("heat-maps");
        add(heatMaps, register(project));
        if (risks.canEdit(project)) {
            add(editor(project));
        }
        if (project.usesAi()) {
            add(transparency(project));
        }
    }

    private Grid<Risk> register(Project project) {
        Grid<Risk> grid = new Grid<>();
        grid.addColumn(risk -> Labels.of(risk.category())).setHeader(getTranslation("risks.category")).setAutoWidth(true);
        grid.addColumn(Risk::description).setHeader(getTranslation("risks.description")).setFlexGrow(2);
        grid.addComponentColumn(risk -> level(risk.level(), risk.score())).setHeader(getTranslation("risks.level"))
                .setAutoWidth(true);
        grid.addColumn(Risk::mitigation).setHeader(getTranslation("risks.mitigation")).setFlexGrow(2);
        grid.addComponentColumn(risk -> level(risk.residualLevel(), risk.residualScore()))
                .setHeader(getTranslation("risks.residual-level")).setAutoWidth(true);
        grid.addColumn(Risk::owner).setHeader(getTranslation("risks.owner")).setAutoWidth(true);
        grid.addColumn(risk -> Labels.of(risk.status())).setHeader(getTranslation("risks.status")).setAutoWidth(true);
        grid.setItems(risks.risks(project.id()));
        grid.setAllRowsVisible(true);
        if (risks.canEdit(project)) {
            grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        }
        return grid;
    }

    private Span level(RiskLevel level, int score) {
        Span badge = new Span(Labels.of(level) + " (" + score + ")");
        badge.addClassNames("badge", "level-" + level.name().toLowerCase());
        return badge;
    }

    private VerticalLayout editor(Project project) {
        category.setLabel(getTranslation("risks.category"));
        category.setItems(RiskCategory.values());
        category.setItemLabelGenerator(Labels::of);
        description.setLabel(getTranslation("risks.description"));
        mitigation.setLabel(getTranslation("risks.mitigation"));
        for (IntegerField field : new IntegerField[] {likelihood, impact, residualLikelihood, residualImpact}) {
            field.setMin(1);
            field.setMax(5);
            field.setStepButtonsVisible(true);
        }
        likelihood.setLabel(getTranslation("risks.likelihood"));
        impact.setLabel(getTranslation("risks.impact"));
        residualLikelihood.setLabel(getTranslation("risks.residual-likelihood"));
        residualImpact.setLabel(getTranslation("risks.residual-impact"));
        owner.setLabel(getTranslation("risks.owner"));
        status.setLabel(getTranslation("risks.status"));
        status.setItems(RiskStatus.values());
        status.setItemLabelGenerator(Labels::of);
        ProblemDisplay problems = new ProblemDisplay().field("category", category).field("description", description)
                .field("likelihood", likelihood).field("impact", impact).field("mitigation", mitigation)
                .field("residualLikelihood", residualLikelihood).field("residualImpact", residualImpact)
                .field("owner", owner).field("status", status);
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            RiskInput input = new RiskInput(category.getValue(), description.getValue(), likelihood.getValue(),
                    impact.getValue(), mitigation.getValue(), residualLikelihood.getValue(),
                    residualImpact.getValue(), owner.getValue(), status.getValue());
            try {
                if (editing == null) {
                    risks.add(project.id(), input);
                } else {
                    risks.update(project.id(), editing.id(), editing.version(), input);
                }
                saved(project);
            } catch (InvalidInputException refused) {
                problems.show(refused);
            } catch (ConcurrentEditException conflict) {
                conflict(project);
            }
        });
        Button remove = new Button(getTranslation("risks.remove"), click -> {
            if (editing != null) {
                risks.remove(project.id(), editing.id(), editing.version());
                saved(project);
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button fresh = new Button(getTranslation("risks.new"), click -> edit(null));
        FormLayout form = new FormLayout(category, owner, description, mitigation, likelihood, impact,
                residualLikelihood, residualImpact, status);
        form.setColspan(description, 2);
        form.setColspan(mitigation, 2);
        edit(null);
        return new VerticalLayout(new H3(getTranslation("risks.editor")), form, new HorizontalLayout(save, fresh,
                remove));
    }

    private void edit(Risk risk) {
        editing = risk;
        RiskInput input = risk == null ? new RiskInput(null, "", null, null, "", null, null, "", RiskStatus.OPEN)
                : risk.toInput();
        category.setValue(input.category());
        description.setValue(input.description() == null ? "" : input.description());
        likelihood.setValue(input.likelihood());
        impact.setValue(input.impact());
        mitigation.setValue(input.mitigation() == null ? "" : input.mitigation());
        residualLikelihood.setValue(input.residualLikelihood());
        residualImpact.setValue(input.residualImpact());
        owner.setValue(input.owner() == null ? "" : input.owner());
        status.setValue(input.status());
    }

    private VerticalLayout transparency(Project project) {
        TransparencyRecord current = risks.transparency(project.id()).orElse(null);
        TextArea purpose = new TextArea(getTranslation("risks.transparency.purpose"));
        TextArea data = new TextArea(getTranslation("risks.transparency.data"));
        TextArea oversight = new TextArea(getTranslation("risks.transparency.oversight"));
        for (TextArea area : new TextArea[] {purpose, data, oversight}) {
            area.setWidthFull();
            area.setReadOnly(!risks.canEdit(project));
        }
        if (current != null) {
            purpose.setValue(current.purpose());
            data.setValue(current.dataUsed());
            oversight.setValue(current.humanOversight());
        }
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("risks.transparency")), purpose, data,
                oversight);
        if (risks.canEdit(project)) {
            ProblemDisplay problems = new ProblemDisplay().field("purpose", purpose).field("dataUsed", data)
                    .field("humanOversight", oversight);
            section.add(new Button(getTranslation("form.save"), click -> {
                try {
                    risks.saveTransparency(project.id(), current == null ? null : current.version(),
                            new TransparencyInput(purpose.getValue(), data.getValue(), oversight.getValue()));
                    saved(project);
                } catch (InvalidInputException refused) {
                    problems.show(refused);
                }
            }));
        }
        return section;
    }

}
