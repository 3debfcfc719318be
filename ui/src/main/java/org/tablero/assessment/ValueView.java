package org.tablero.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tablero.assessment.value.EconomicFigures;
import org.tablero.assessment.value.StrategyObjective;
import org.tablero.assessment.value.StrategyObjectiveService;
import org.tablero.assessment.value.ValueProposition;
import org.tablero.assessment.value.ValuePropositionInput;
import org.tablero.assessment.value.ValuePropositionService;
import org.tablero.assessment.value.ValueYear;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.Formats;
import org.tablero.common.InvalidInputException;
import org.tablero.common.ProblemDisplay;
import org.tablero.config.TableroProperties;
import org.tablero.layout.MainLayout;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;

/**
 * The value proposition of one project: costs and benefits by year with the computed NPV, benefit–cost ratio
 * and payback year, and the social, strategic and environmental dimensions scored 0–5.
 */
@Route(value = "projects/:id/value", layout = MainLayout.class)
@PermitAll
public class ValueView extends ProjectPartView {

    private final transient ValuePropositionService values;
    private final transient StrategyObjectiveService objectives;
    private final transient TableroProperties properties;
    final List<BigDecimalField[]> yearFields = new ArrayList<>();
    final Button save = new Button();

    public ValueView(ProjectService projects, ValuePropositionService values, StrategyObjectiveService objectives,
            TableroProperties properties) {
        super(projects, "value.heading", "value-view");
        this.values = values;
        this.objectives = objectives;
        this.properties = properties;
    }


    @Override
    protected void build(Project project) {
        ValueProposition value = values.get(project.id());
        boolean editable = values.canEdit(project);
        yearFields.clear();
        add(figures(value));

        add(new H3(getTranslation("value.economic")));
        Div table = new Div();
        table.addClassName("value-years");
        for (int year = project.plannedStart().getYear(); year <= project.plannedEnd().getYear(); year++) {
            int wanted = year;
            ValueYear existing = value.years().stream().filter(row -> row.year() == wanted).findFirst().orElse(null);
            BigDecimalField cost = new BigDecimalField(getTranslation("value.cost", year));
            BigDecimalField benefit = new BigDecimalField(getTranslation("value.benefit", year));
            if (existing != null) {
                cost.setValue(existing.cost());
                benefit.setValue(existing.benefit());
            }
            cost.setReadOnly(!editable);
            benefit.setReadOnly(!editable);
            yearFields.add(new BigDecimalField[] {cost, benefit});
            table.add(cost, benefit);
        }
        add(table);
        TextArea reuse = area("value.reuse", value.reuse(), editable);

        IntegerField people = score("value.people-reached", value.peopleReached() == null ? null
                : value.peopleReached().intValue(), editable, Integer.MAX_VALUE);
        TextArea inclusion = area("value.inclusion", value.inclusion(), editable);
        TextArea improvement = area("value.service-improvement", value.serviceImprovement(), editable);
        IntegerField social = score("value.social-score", value.socialScore(), editable, 5);

        CheckboxGroup<StrategyObjective> linked = new CheckboxGroup<>(getTranslation("value.objectives"));
        linked.setItems(objectives.list(false));
        linked.setItemLabelGenerator(objective -> objective.name(getLocale()));
        linked.setValue(linked.getListDataView().getItems().filter(objective -> value.objectives().stream()
                .anyMatch(chosen -> chosen.id() == objective.id())).collect(Collectors.toSet()));
        linked.setReadOnly(!editable);
        TextArea alignment = area("value.strategic-alignment", value.strategicAlignment(), editable);
        IntegerField strategic = score("value.strategic-score", value.strategicScore(), editable, 5);

        TextArea energy = area("value.energy", value.energyAndEmissions(), editable);
        TextArea hardware = area("value.hardware", value.hardwareLifecycle(), editable);
        TextArea green = area("value.green", value.greenByDesign(), editable);
        IntegerField environmental = score("value.environmental-score", value.environmentalScore(), editable, 5);

        FormLayout form = new FormLayout(reuse, people, social, inclusion, improvement, linked, strategic, alignment,
                environmental, energy, hardware, green);
        form.setColspan(reuse, 2);
        form.setColspan(linked, 2);
        add(new H3(getTranslation("value.dimensions")), form);
        if (editable) {
            ProblemDisplay problems = new ProblemDisplay().field("reuse", reuse).field("peopleReached", people)
                    .field("inclusion", inclusion).field("serviceImprovement", improvement)
                    .field("socialScore", social).field("objectiveIds", linked).field("strategicAlignment", alignment)
                    .field("strategicScore", strategic).field("energyAndEmissions", energy)
                    .field("hardwareLifecycle", hardware).field("greenByDesign", green)
                    .field("environmentalScore", environmental).message("years", new Span());
            save.setText(getTranslation("form.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> {
                Set<Long> objectiveIds = linked.getValue().stream().map(StrategyObjective::id)
                        .collect(Collectors.toSet());
                ValuePropositionInput input = new ValuePropositionInput(years(project), reuse.getValue(),
                        people.getValue() == null ? null : people.getValue().longValue(), inclusion.getValue(),
                        improvement.getValue(), social.getValue(), objectiveIds, alignment.getValue(),
                        strategic.getValue(), energy.getValue(), hardware.getValue(), green.getValue(),
                        environmental.getValue());
                try {
                    values.save(project.id(), value.version(), input);
                    saved(project);
                } catch (InvalidInputException refused) {
                    problems.show(refused);
                } catch (ConcurrentEditException conflict) {
                    conflict(project);
                }
            });
            add(save);
        }
    }

    private List<ValueYear> years(Project project) {
        List<ValueYear> years = new ArrayList<>();
        int year = project.plannedStart().getYear();
        for (BigDecimalField[] row : yearFields) {
            if (!row[0].isEmpty() || !row[1].isEmpty()) {
                years.add(new ValueYear(year, row[0].getValue(), row[1].getValue()));
            }
            year++;
        }
        return years;
    }

    private Div figures(ValueProposition value) {
        EconomicFigures economic = value.economic();
        Div figures = new Div(
                figure("value.npv", economic == null ? null : money(economic.npv())),
                figure("value.bcr", economic == null || economic.bcr() == null ? null : economic.bcr().toPlainString()),
                figure("value.payback", economic == null || economic.paybackYear() == null ? null
                        : String.valueOf(economic.paybackYear())),
                figure("value.score", value.valueScore() == null ? null : value.valueScore().toPlainString() + " / 5"));
        figures.addClassName("figures");
        return figures;
    }

    private Div figure(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Span number = new Span(text == null ? getTranslation("value.not-yet") : text);
        number.addClassName("figure-value");
        Div figure = new Div(label, number);
        figure.addClassName("figure");
        return figure;
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, properties.currency(), getLocale());
    }

    private TextArea area(String labelKey, String value, boolean editable) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setValue(value == null ? "" : value);
        area.setReadOnly(!editable);
        area.setWidthFull();
        return area;
    }

    private IntegerField score(String labelKey, Integer value, boolean editable, int max) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setMax(max);
        field.setValue(value);
        field.setReadOnly(!editable);
        field.setStepButtonsVisible(editable && max == 5);
        return field;
    }
}
