package org.tablero.portfolio;

import static org.tablero.db.Tables.PROJECT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.tablero.identity.TableroUser;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationInput;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.organisation.OrganisationService;
import org.tablero.project.Category;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.support.Fixtures;

/**
 * A small known portfolio in a subtree of its own: a national body with a ministry, and a state with a
 * municipality, five projects of 200,000.50 each (120,000 in 2026 and 80,000.50 in 2027), whose statuses and current
 * figures are set directly, as the monitoring service would keep them.
 */
@Component
class PortfolioTestData {

    private final Fixtures fixtures;
    private final OrganisationService organisations;
    private final ProjectService projects;
    private final DSLContext db;

    PortfolioTestData(Fixtures fixtures, OrganisationService organisations, ProjectService projects, DSLContext db) {
        this.fixtures = fixtures;
        this.organisations = organisations;
        this.projects = projects;
        this.db = db;
    }

    /**
     * @param overBudgetAtRisk in execution, cost red at −35 %, rating 4, reported 10 days ago
     * @param lateStale in execution, schedule yellow at −40 days, rating 2, last reported 60 days ago
     * @param completedUnder completed modernisation, cost yellow at +12 % (under budget), rating 5
     * @param draft a draft of the municipality
     * @param neverReported in execution for 50 days without a report
     */
    record Portfolio(Organisation top, Organisation ministry, Organisation state, Organisation municipality,
            Project overBudgetAtRisk, Project lateStale, Project completedUnder, Project draft,
            Project neverReported) {

        List<Project> all() {
            return List.of(overBudgetAtRisk, lateStale, completedUnder, draft, neverReported);
        }
    }

    Portfolio create() {
        Organisation top = fixtures.organisation(null);
        Organisation ministry = organisation("MIN", OrganisationLevel.CENTRAL, top);
        Organisation state = organisation("EST", OrganisationLevel.STATE, top);
        Organisation municipality = organisation("MUN", OrganisationLevel.MUNICIPAL, state);
        LocalDate today = LocalDate.now();

        Project overBudget = project(ministry);
        update(overBudget, ProjectStatus.IN_EXECUTION, today.minusDays(10), new BigDecimal("-35.00"),
                VarianceColour.RED, 0, VarianceColour.GREEN, 4);
        Project late = project(ministry);
        update(late, ProjectStatus.IN_EXECUTION, today.minusDays(60), new BigDecimal("2.00"), VarianceColour.GREEN,
                -40, VarianceColour.YELLOW, 2);
        Project completed = project(state, Category.MODERNISATION);
        update(completed, ProjectStatus.COMPLETED, today.minusDays(200), new BigDecimal("12.00"),
                VarianceColour.YELLOW, 5, VarianceColour.GREEN, 5);
        Project draft = project(municipality);
        Project neverReported = project(municipality);
        db.update(PROJECT).set(PROJECT.STATUS, ProjectStatus.IN_EXECUTION.name())
                .set(PROJECT.EXECUTION_STARTED, today.minusDays(50))
                .where(PROJECT.ID.eq(neverReported.id())).execute();
        return new Portfolio(top, ministry, state, municipality, overBudget, late, completed, draft, neverReported);
    }

    private Organisation organisation(String prefix, OrganisationLevel level, Organisation parent) {
        return fixtures.as(fixtures.admin(), () -> organisations.create(new OrganisationInput(Fixtures.unique(prefix),
                prefix + " " + level, level, parent.id())));
    }

    private Project project(Organisation organisation) {
        return project(organisation, Category.NEW_DEVELOPMENT);
    }

    /** Created through the service, as a user would: the figures kept beside the projects (V19) follow. */
    private Project project(Organisation organisation, Category category) {
        TableroUser officer = fixtures.officerOf(organisation);
        ProjectInput input = Fixtures.project(organisation);
        return fixtures.as(officer, () -> projects.create(new ProjectInput(input.code(), input.title(),
                input.summary(), input.organisationId(), category, input.policyArea(), input.deliveryApproach(),
                input.iterationWeeks(), input.usesAi(), input.aiDecidesAboutPeople(), input.fundingSource(),
                input.plannedStart(), input.plannedEnd(), input.infrastructure(), input.costs())));
    }

    private void update(Project project, ProjectStatus status, LocalDate lastReport, BigDecimal costPercent,
            VarianceColour costColour, int scheduleDays, VarianceColour scheduleColour, int rating) {
        db.update(PROJECT)
                .set(PROJECT.STATUS, status.name())
                .set(PROJECT.EXECUTION_STARTED, lastReport.minusMonths(6))
                .set(PROJECT.LAST_REPORT_DATE, lastReport)
                .set(PROJECT.COST_VARIANCE_PCT, costPercent)
                .set(PROJECT.COST_COLOUR, costColour.name())
                .set(PROJECT.SCHEDULE_VARIANCE_DAYS, scheduleDays)
                .set(PROJECT.SCHEDULE_COLOUR, scheduleColour.name())
                .set(PROJECT.RATING, rating)
                .where(PROJECT.ID.eq(project.id()))
                .execute();
    }
}
