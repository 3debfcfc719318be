package org.tablero.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tablero.assessment.risk.RiskTestData;
import org.tablero.assessment.standards.StandardsTestData;
import org.tablero.assessment.value.ValueTestData;
import org.tablero.identity.Role;
import org.tablero.identity.SystemTask;
import org.tablero.identity.TableroUser;
import org.tablero.identity.UserInput;
import org.tablero.identity.UserService;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationInput;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.organisation.OrganisationService;
import org.tablero.project.Category;
import org.tablero.project.DeliveryApproach;
import org.tablero.project.FundingSource;
import org.tablero.project.Infrastructure;
import org.tablero.project.PolicyArea;
import org.tablero.project.ProjectInput;
import org.tablero.procurement.ProcurementTestData;
import org.tablero.project.YearlyCost;

/**
 * Builds the organisations, users and inputs a test needs, with codes unique to the run so that tests
 * share one database without stepping on each other.
 */
@Component
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    private final OrganisationService organisations;
    private final UserService users;
    private final UserDetailsService userDetails;
    private final RiskTestData risks;
    private final ProcurementTestData procurement;
    private final StandardsTestData standards;
    private final ValueTestData value;

    /** The assessments' test data use these fixtures themselves, hence {@code @Lazy}. */
    public Fixtures(OrganisationService organisations, UserService users, UserDetailsService userDetails,
            @Lazy RiskTestData risks, @Lazy ProcurementTestData procurement, @Lazy StandardsTestData standards,
            @Lazy ValueTestData value) {
        this.organisations = organisations;
        this.users = users;
        this.userDetails = userDetails;
        this.risks = risks;
        this.procurement = procurement;
        this.standards = standards;
        this.value = value;
    }

    /** Completes every assessment the submission needs, as the project's owner would. */
    public void completeAssessments(TableroUser owner, long projectId) {
        standards.completeSelfAssessment(owner, projectId);
        value.complete(owner, projectId);
        risks.complete(owner, projectId);
        procurement.complete(owner, projectId);
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** The administrator the application created at its first start. */
    public TableroUser admin() {
        return user("admin");
    }

    public TableroUser user(String username) {
        return (TableroUser) userDetails.loadUserByUsername(username);
    }

    public <T> T as(TableroUser user, Supplier<T> task) {
        Object[] result = new Object[1];
        SystemTask.runAs(user, () -> result[0] = task.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    public Organisation organisation(Organisation parent) {
        return as(admin(), () -> organisations.create(new OrganisationInput(unique("ORG"), "Organisation " + RUN,
                OrganisationLevel.CENTRAL, parent == null ? rootId() : parent.id())));
    }

    public TableroUser officerOf(Organisation organisation) {
        return userOf(organisation, Role.AGENCY_OFFICER);
    }

    public TableroUser userOf(Organisation organisation, Role... roles) {
        String username = unique("user").toLowerCase();
        as(admin(), () -> users.create(new UserInput(username, "User " + username, username + "@example.org",
                organisation.id(), Set.of(roles), true, "a-long-password")));
        return user(username);
    }

    /** A user of the root organisation, who acts on the whole tree (national authorities). */
    public TableroUser nationalUser(Role... roles) {
        return userOf(as(admin(), () -> organisations.visibleToCurrentUser().getFirst()), roles);
    }

    public static ProjectInput project(Organisation organisation) {
        return new ProjectInput(unique("PRJ"), "Historia clínica electrónica", "Una historia clínica por paciente.",
                organisation.id(), Category.NEW_DEVELOPMENT, PolicyArea.HEALTH, DeliveryApproach.AGILE, 2, false,
                false, FundingSource.NATIONAL_BUDGET, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                Set.of(Infrastructure.DIGITAL_IDENTITY), List.of(
                        new YearlyCost(2026, new BigDecimal("100000.00"), new BigDecimal("20000.00")),
                        new YearlyCost(2027, new BigDecimal("50000.00"), new BigDecimal("30000.50"))));
    }

    private long rootId() {
        return as(admin(), () -> organisations.visibleToCurrentUser().getFirst().id());
    }
}
