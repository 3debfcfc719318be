package org.tablero.assessment.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tablero.identity.TableroUser;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;
import org.tablero.support.Fixtures;

/** Value propositions for tests: {@link #complete} makes a project's value proposition ready for submission. */
@Component
public class ValueTestData {

    private final Fixtures fixtures;
    private final ProjectService projects;
    private final ValuePropositionService values;
    private final StrategyObjectiveService objectives;

    ValueTestData(Fixtures fixtures, ProjectService projects, ValuePropositionService values,
            StrategyObjectiveService objectives) {
        this.fixtures = fixtures;
        this.projects = projects;
        this.values = values;
        this.objectives = objectives;
    }

    /**
     * Completes the project's value proposition, saved by {@code officer} (an agency officer who may edit the
     * project): a table over the planned years, every dimension scored 4 with its text, one objective linked.
     */
    public ValueProposition complete(TableroUser officer, long projectId) {
        return complete(officer, projectId, 4, 4, 4);
    }

    /** As {@link #complete(TableroUser, long)}, with the given social, strategic and environmental scores. */
    public ValueProposition complete(TableroUser officer, long projectId, int social, int strategic,
            int environmental) {
        long objectiveId = newObjective().id();
        return fixtures.as(officer, () -> {
            Project project = projects.get(projectId);
            return values.save(projectId, values.get(projectId).version(),
                    completeInput(project, objectiveId, social, strategic, environmental));
        });
    }

    /** An active strategy objective of its own, created by the administrator. */
    public StrategyObjective newObjective() {
        return fixtures.as(fixtures.admin(), () -> objectives.create(new StrategyObjectiveInput(
                Fixtures.unique("OBJ"), "Once-only services", "Servicios una sola vez", "Serviços uma única vez",
                true)));
    }

    /**
     * A complete input: the first planned year costs 100,000 with no benefit, every later planned year costs
     * 20,000 and brings 150,000.
     */
    public static ValuePropositionInput completeInput(Project project, long objectiveId, int social, int strategic,
            int environmental) {
        List<ValueYear> years = new ArrayList<>();
        for (int year = project.plannedStart().getYear(); year <= project.plannedEnd().getYear(); year++) {
            boolean first = year == project.plannedStart().getYear();
            years.add(new ValueYear(year, new BigDecimal(first ? "100000.00" : "20000.00"),
                    new BigDecimal(first ? "0.00" : "150000.00")));
        }
        return new ValuePropositionInput(years, "One platform reused by every ministry.", 250_000L,
                "Assisted channels for older people and rural areas.", "Appointments in minutes instead of days.",
                social, Set.of(objectiveId), "Serves the once-only objective of the strategy.", strategic,
                "Hosted in the shared government cloud, measured in kWh per transaction.",
                "Five-year refresh, equipment refurbished and donated.", "Light pages, no dedicated servers.",
                environmental);
    }
}
