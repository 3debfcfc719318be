package org.tablero.portfolio.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.tablero.identity.FirstAdministrator;
import org.tablero.identity.Role;
import org.tablero.identity.SystemTask;
import org.tablero.identity.TableroUser;
import org.tablero.identity.UserInput;
import org.tablero.identity.UserService;
import org.tablero.monitoring.MonitoringProperties;
import org.tablero.monitoring.Variance;
import org.tablero.monitoring.VarianceColour;
import org.tablero.monitoring.VarianceThresholds;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.CostYears;
import org.tablero.project.DeliveryApproach;
import org.tablero.project.FundingSource;
import org.tablero.project.Infrastructure;
import org.tablero.project.PolicyArea;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;
import org.tablero.project.TierThreshold;
import org.tablero.project.YearlyCost;

/**
 * Fills a database with a national-scale portfolio (issue #4, "Scale"): an organisation tree of ministries and
 * agencies, states with secretariats and municipalities; projects in every status with lognormal costs split by
 * fiscal year; baselines and rebaselines; monthly progress reports with S-shaped spend curves, some projects
 * late, over budget or stale; quarterly risk ratings; and each project's current figures taken from its latest
 * report and rating, as the monitoring service keeps them.
 *
 * <p>It writes with plain JDBC multi-row inserts on one connection, committing every few hundred projects, with
 * explicit ids taken above the highest existing ones (so run it while nobody else writes). It writes no audit
 * events: the data are generated, not typed by anybody. It never deletes or changes an existing row.
 */
@Component
public class PortfolioGenerator {

    /** The status a submitted report is stored with. */
    static final String REPORT_SUBMITTED = "SUBMITTED";
    private static final int PROJECTS_PER_COMMIT = 500;
    private static final long GENERATION_BUFFER_POOL = 1024L * 1024 * 1024;
    /** Reports from which a run is worth a larger buffer pool. */
    private static final int LARGE_RUN = 100_000;

    private final DataSource dataSource;
    private final FirstAdministrator firstAdministrator;
    private final UserService users;
    private final UserDetailsService accounts;
    private final TierThreshold tierThreshold;
    private final VarianceThresholds thresholds;

    PortfolioGenerator(DataSource dataSource, FirstAdministrator firstAdministrator, UserService users,
            UserDetailsService accounts, TierThreshold tierThreshold, MonitoringProperties monitoring) {
        this.dataSource = dataSource;
        this.firstAdministrator = firstAdministrator;
        this.users = users;
        this.accounts = accounts;
        this.tierThreshold = tierThreshold;
        this.thresholds = monitoring.thresholds();
    }

    /** What was made. */
    public record Result(long organisations, long projects, long costYears, long baselines, long reports,
            long ratings, long rootId, String rootPath, long millis) {}

    /**
     * @throws IllegalStateException when the database already holds projects and {@code append} is not set, or
     *     the parent organisation does not exist
     */
    public Result generate(GeneratorSettings settings, Consumer<String> progress) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            long existingProjects = single(connection, "SELECT COUNT(*) FROM project");
            if (existingProjects > 0 && !settings.append()) {
                throw new IllegalStateException("The database already holds " + existingProjects + " projects. "
                        + "The generator adds to such a database only with --tablero.generate.append=true; it "
                        + "never deletes anything.");
            }
            Parent parent = parent(connection, settings);
            Run run = new Run(settings, connection, parent, progress);
            long bufferPool = settings.reports() >= LARGE_RUN ? raiseBufferPool(connection, progress) : -1;
            try {
                run.organisations();
                run.projects();
            } finally {
                restoreBufferPool(connection, bufferPool);
            }
            progress.accept("Summing the yearly costs per fiscal year");
            sumYearlyCosts(connection);
            progress.accept("Updating the optimizer's statistics");
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE TABLE organisation, project, project_cost_year, baseline, progress_report,"
                        + " risk_rating");
            }
            if (parent.createdNow()) {
                createAccounts(run.firstStateId, settings.password(), progress);
            }
            return new Result(run.organisationRows.written(), run.projectRows.written(), run.costRows.written(),
                    run.baselineRows.written(), run.reportRows.written(), run.ratingRows.written(), parent.id(),
                    parent.path(), (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the portfolio failed: " + e.getMessage(), e);
        }
    }

    private record Parent(long id, String path, boolean createdNow) {}

    private Parent parent(Connection connection, GeneratorSettings settings) throws SQLException {
        if (settings.parentCode() != null) {
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT id, path FROM organisation WHERE code = ?")) {
                find.setString(1, settings.parentCode());
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("No organisation has the code " + settings.parentCode());
                    }
                    return new Parent(row.getLong(1), row.getString(2), false);
                }
            }
        }
        if (single(connection, "SELECT COUNT(*) FROM organisation") == 0) {
            TableroUser admin = firstAdministrator.create("GOV", "Gobierno Nacional", settings.password());
            return new Parent(admin.organisationId(), admin.organisationPath(), true);
        }
        try (Statement find = connection.createStatement();
                ResultSet row = find.executeQuery(
                        "SELECT id, path FROM organisation WHERE parent_id IS NULL ORDER BY id LIMIT 1")) {
            row.next();
            return new Parent(row.getLong(1), row.getString(2), false);
        }
    }

    /** Accounts to sign in with on a new generated database, national and of the first state. */
    private void createAccounts(long stateId, String password, Consumer<String> progress) {
        TableroUser admin = (TableroUser) accounts.loadUserByUsername("admin");
        String[][] people = {
            {"budget", "BUDGET_OFFICE", "national"},
            {"budget.state", "BUDGET_OFFICE", "state"},
            {"authority", "DIGITAL_AUTHORITY", "national"},
        };
        SystemTask.runAs(admin, () -> {
            for (String[] person : people) {
                if (exists(person[0])) {
                    continue;
                }
                long organisation = person[2].equals("state") ? stateId : admin.organisationId();
                users.create(new UserInput(person[0], person[0], person[0] + "@generated.example", organisation,
                        Set.of(Role.valueOf(person[1])), true, password));
            }
        });
        progress.accept("Accounts admin, budget, budget.state (first state) and authority, password as given");
    }

    private boolean exists(String username) {
        try {
            accounts.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    /**
     * Two million reports carry indexes larger than the embedded server's 64 MB buffer pool, and inserts then wait
     * for the disk (measured: 20 s for the first 10,000 projects, 100 s for the seventh). The pool is raised for the
     * run, where the server allows it (MariaDB and MySQL resize it online), and given back afterwards.
     *
     * @return the size to restore, or -1 when it was left alone
     */
    /** The cube the application keeps with every change of a project's costs (V19), from all of them. */
    private static void sumYearlyCosts(Connection connection) throws SQLException {
        try (Statement cube = connection.createStatement()) {
            cube.execute("DELETE FROM cost_year_cube");
            cube.execute("INSERT INTO cost_year_cube (active_year, fiscal_year, category, tier, funding_source,"
                    + " projects, capital_cost, operating_cost)"
                    + " SELECT active.fiscal_year, cost.fiscal_year, p.category, p.tier, p.funding_source, COUNT(*),"
                    + " SUM(cost.capital_cost), SUM(cost.operating_cost) FROM project_cost_year active"
                    + " JOIN project_cost_year cost ON cost.project_id = active.project_id"
                    + " JOIN project p ON p.id = active.project_id"
                    + " GROUP BY active.fiscal_year, cost.fiscal_year, p.category, p.tier, p.funding_source");
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static long raiseBufferPool(Connection connection, Consumer<String> progress) throws SQLException {
        long current = single(connection, "SELECT @@innodb_buffer_pool_size");
        if (current >= GENERATION_BUFFER_POOL) {
            return -1;
        }
        try (Statement raise = connection.createStatement()) {
            raise.execute("SET GLOBAL innodb_buffer_pool_size = " + GENERATION_BUFFER_POOL);
            progress.accept("InnoDB buffer pool raised from " + current / (1024 * 1024) + " MB to "
                    + GENERATION_BUFFER_POOL / (1024 * 1024) + " MB for the run");
            return current;
        } catch (SQLException refused) {
            progress.accept("The InnoDB buffer pool stays at " + current / (1024 * 1024) + " MB: "
                    + refused.getMessage());
            return -1;
        }
    }

    private static void restoreBufferPool(Connection connection, long size) throws SQLException {
        if (size > 0) {
            try (Statement restore = connection.createStatement()) {
                restore.execute("SET GLOBAL innodb_buffer_pool_size = " + size);
            }
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** One generation run: its ids, its random numbers and the rows waiting to be written. */
    private final class Run {

        private final GeneratorSettings settings;
        private final Connection connection;
        private final Parent parent;
        private final Consumer<String> progress;
        private final LocalDate today;
        private final BigDecimal strategicThreshold;
        private final String tag;
        private final long started = System.nanoTime();

        private long nextOrganisationId;
        private long nextProjectId;
        private long nextBaselineId;
        private long nextReportId;
        private long firstStateId;
        private final List<GeneratedOrganisation> tree = new ArrayList<>();
        private double[] cumulativeWeight;

        final RowBatch organisationRows = new RowBatch("organisation", "id", "code", "name", "level", "parent_id",
                "path", "version", "created_at", "updated_at");
        final RowBatch projectRows = new RowBatch("project", "id", "code", "title", "summary", "organisation_id",
                "category", "policy_area", "delivery_approach", "iteration_weeks", "uses_ai",
                "ai_decides_about_people", "funding_source", "planned_start", "planned_end", "lifecycle_cost",
                "status", "tier", "version", "created_at", "updated_at", "baseline_cost", "baseline_end",
                "rebaselines", "execution_started", "last_report_id", "last_report_date", "cost_variance_pct",
                "cost_colour", "schedule_variance_days", "schedule_colour", "rating", "rated_at", "cost_years");
        final RowBatch costRows = new RowBatch("project_cost_year", "project_id", "fiscal_year", "capital_cost",
                "operating_cost");
        final RowBatch infrastructureRows = new RowBatch("project_infrastructure", "project_id", "infrastructure");
        final RowBatch baselineRows = new RowBatch("baseline", "id", "project_id", "number", "cost", "start_date",
                "end_date", "reason", "fixed_at");
        final RowBatch reportRows = new RowBatch("progress_report", "id", "project_id", "period", "version",
                "status", "report_date", "spend_to_date", "projected_cost", "projected_end", "percent_complete",
                "completed", "actual_end", "confidence", "narrative", "baseline_id", "cost_variance",
                "cost_variance_pct", "cost_colour", "schedule_variance_days", "schedule_variance_pct",
                "schedule_colour", "created_at", "submitted_at");
        final RowBatch ratingRows = new RowBatch("risk_rating", "project_id", "rating", "comment", "rated_at");

        Run(GeneratorSettings settings, Connection connection, Parent parent, Consumer<String> progress)
                throws SQLException {
            this.settings = settings;
            this.connection = connection;
            this.parent = parent;
            this.progress = progress;
            this.today = settings.today();
            this.strategicThreshold = tierThreshold.current();
            // codes stay unique when a portfolio is added to a database that already holds one
            this.tag = settings.append() || settings.parentCode() != null
                    ? "G" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase() + "-"
                    : "";
            nextOrganisationId = single(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM organisation");
            nextProjectId = single(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM project");
            nextBaselineId = single(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM baseline");
            nextReportId = single(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM progress_report");
            connection.setAutoCommit(false);
        }

        // ---------------------------------------------------------------- organisations

        void organisations() throws SQLException {
            Random random = new Random(settings.seed());
            int n = settings.organisations();
            int ministries = Math.max(1, Math.round(n * 0.005f));
            int agencies = Math.round(n * 0.045f);
            int states = Math.max(1, Math.round(n * 0.0054f));
            int secretariats = Math.round(n * 0.065f);
            List<GeneratedOrganisation> ministryList = new ArrayList<>();
            List<GeneratedOrganisation> stateList = new ArrayList<>();
            for (int i = 0; i < ministries && tree.size() < n; i++) {
                PolicyArea area = PolicyArea.values()[i % PolicyArea.values().length];
                ministryList.add(add(null, "MIN-" + two(i + 1), Names.ministry(area, i), OrganisationLevel.CENTRAL,
                        area, random));
            }
            for (int i = 0; i < states && tree.size() < n; i++) {
                stateList.add(add(null, "EST-" + two(i + 1), "Estado de " + Names.place(i),
                        OrganisationLevel.STATE, null, random));
            }
            firstStateId = stateList.isEmpty() ? parent.id() : stateList.getFirst().id();
            for (int i = 0; i < agencies && tree.size() < n; i++) {
                GeneratedOrganisation ministry = ministryList.get(i % ministryList.size());
                ministry.children++;
                add(ministry, ministry.code + "-AG-" + two(ministry.children),
                        Names.agency(ministry.area, ministry.children), OrganisationLevel.CENTRAL, ministry.area,
                        random);
            }
            for (int i = 0; i < secretariats && tree.size() < n && !stateList.isEmpty(); i++) {
                GeneratedOrganisation state = stateList.get(i % stateList.size());
                state.children++;
                PolicyArea area = PolicyArea.values()[random.nextInt(PolicyArea.values().length)];
                add(state, state.code + "-SEC-" + two(state.children),
                        Names.secretariat(area, state.name), OrganisationLevel.STATE, area, random);
            }
            // municipalities: larger states have more of them (a Zipf-like share)
            double[] stateShare = new double[stateList.size()];
            for (int i = 0; i < stateShare.length; i++) {
                stateShare[i] = (i == 0 ? 0 : stateShare[i - 1]) + 1 / Math.sqrt(i + 1.0);
            }
            int municipality = 0;
            while (tree.size() < n) {
                GeneratedOrganisation state = stateList.isEmpty() ? null
                        : stateList.get(pick(stateShare, random.nextDouble() * stateShare[stateShare.length - 1]));
                String code = (state == null ? "MUN-" : state.code + "-MUN-") + (++municipality);
                add(state, code, "Municipio de " + Names.place(stateList.size() + municipality),
                        OrganisationLevel.MUNICIPAL, null, random);
            }
            cumulativeWeight = new double[tree.size()];
            double sum = 0;
            for (int i = 0; i < tree.size(); i++) {
                sum += tree.get(i).weight;
                cumulativeWeight[i] = sum;
            }
            organisationRows.flush(connection);
            connection.commit();
            progress.accept("Organisations: " + tree.size() + " (" + ministries + " ministries, " + stateList.size()
                    + " states, " + municipality + " municipalities)");
        }

        private GeneratedOrganisation add(GeneratedOrganisation parentOrganisation, String code, String name,
                OrganisationLevel level, PolicyArea area, Random random) {
            long id = nextOrganisationId++;
            String path = (parentOrganisation == null ? parent.path() : parentOrganisation.path) + id + "/";
            // central bodies run more and larger projects than municipalities
            double weight = switch (level) {
                case CENTRAL -> 12;
                case STATE -> 7;
                case MUNICIPAL -> 1;
            } * Math.exp(random.nextGaussian() * 0.5);
            GeneratedOrganisation organisation = new GeneratedOrganisation(id, tag + code, name, level, path, area,
                    weight);
            LocalDateTime created = today.minusYears(5).atStartOfDay();
            organisationRows.add(id, organisation.code, name, level.name(),
                    parentOrganisation == null ? parent.id() : parentOrganisation.id(), path, 0, created, created);
            tree.add(organisation);
            return organisation;
        }

        // ---------------------------------------------------------------- projects

        void projects() throws SQLException {
            int n = settings.projects();
            Plan[] plans = plan(n);
            for (int i = 0; i < n; i++) {
                project(plans[i], new Random(settings.seed() ^ (i * 0x9E3779B97F4A7C15L)));
                if ((i + 1) % PROJECTS_PER_COMMIT == 0 || i == n - 1) {
                    flushAll();
                }
                if ((i + 1) % 10_000 == 0 || i == n - 1) {
                    progress.accept(String.format("Projects %,d/%,d, reports %,d, ratings %,d, %d s", i + 1, n,
                            reportRows.written(), ratingRows.written(), (System.nanoTime() - started) / 1_000_000_000L));
                }
            }
        }

        private void flushAll() throws SQLException {
            projectRows.flush(connection);
            costRows.flush(connection);
            infrastructureRows.flush(connection);
            baselineRows.flush(connection);
            reportRows.flush(connection);
            ratingRows.flush(connection);
            connection.commit();
        }

        /**
         * First pass: each project's organisation, status, cost and planned length, and the length of its report
         * history, scaled so that the histories add up to the number of reports asked for.
         */
        private Plan[] plan(int n) {
            Random random = new Random(settings.seed() + 1);
            Plan[] plans = new Plan[n];
            double rawTotal = 0;
            for (int i = 0; i < n; i++) {
                GeneratedOrganisation organisation = tree.get(pick(cumulativeWeight,
                        random.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1]));
                ProjectStatus status = Shares.status(random);
                double median = switch (organisation.level) {
                    case CENTRAL -> 1_500_000;
                    case STATE -> 600_000;
                    case MUNICIPAL -> 150_000;
                };
                double cost = Math.min(400_000_000, Math.max(10_000, median * Math.exp(random.nextGaussian() * 1.1)));
                int months = (int) Math.max(6, Math.min(72,
                        Math.round(8 + 7 * Math.log10(cost / 50_000) + random.nextGaussian() * 6)));
                // how far the reports reach, in planned durations: a completed project to its (late) end, one in
                // execution part of the way (some already past the planned end), one on hold stopped midway
                double slip = Shares.slip(random);
                double reach = switch (status) {
                    case COMPLETED -> 1 + slip;
                    case IN_EXECUTION -> random.nextDouble() < 0.03 ? 0 : 0.02 + random.nextDouble() * 1.05;
                    case ON_HOLD -> 0.1 + random.nextDouble() * 0.8;
                    default -> 0;
                };
                rawTotal += months * reach;
                plans[i] = new Plan(organisation, status, BigDecimal.valueOf(Math.round(cost / 100) * 100L)
                        .setScale(2, RoundingMode.UNNECESSARY), months, slip, reach);
            }
            // planned lengths and histories stretch together, so that the reports add up to the number asked for
            // while every project keeps the reach and slip it drew
            double scale = rawTotal == 0 ? 1 : settings.reports() / rawTotal;
            long total = 0;
            for (Plan plan : plans) {
                plan.months = (int) Math.max(3, Math.min(120, Math.round(plan.months * scale)));
                plan.history = plan.reach == 0 ? 0 : Math.max(1, (int) Math.round(plan.months * plan.reach));
                total += plan.history;
            }
            // rounding leaves the total a little off: even it out one report at a time
            for (int i = 0; total != settings.reports() && i < 10 * n; i++) {
                Plan plan = plans[random.nextInt(n)];
                if (plan.reach == 0) {
                    continue;
                }
                if (total < settings.reports()) {
                    plan.history++;
                    total++;
                } else if (plan.history > 1) {
                    plan.history--;
                    total--;
                }
            }
            return plans;
        }

        private void project(Plan plan, Random random) {
            long id = nextProjectId++;
            GeneratedOrganisation organisation = plan.organisation;
            PolicyArea area = organisation.area != null ? organisation.area
                    : PolicyArea.values()[random.nextInt(PolicyArea.values().length)];
            Category category = Shares.category(random);
            DeliveryApproach approach = Shares.approach(random);
            boolean usesAi = random.nextDouble() < 0.12;
            boolean aiDecides = usesAi && random.nextDouble() < 0.25;
            FundingSource funding = Shares.funding(organisation.level, random);
            Tier tier = plan.cost.compareTo(strategicThreshold) >= 0 || aiDecides ? Tier.STRATEGIC : Tier.OPERATIONAL;
            String title = Names.title(area, category, random);
            String summary = Names.summary(title, organisation.name, random);

            Timeline timeline = timeline(plan, random);
            organisation.projects++;
            int year = timeline.plannedStart.getYear();
            String code = organisation.code + "-" + year + "-" + String.format("%03d", organisation.projects);
            long costYears = costs(id, plan.cost, timeline.plannedStart, timeline.plannedEnd, random);
            for (Infrastructure infrastructure : Shares.infrastructure(random)) {
                infrastructureRows.add(id, infrastructure.name());
            }
            Current current = new Current();
            if (timeline.baselined) {
                delivery(id, plan, timeline, random, current);
            }
            LocalDateTime created = timeline.plannedStart.minusMonths(4 + random.nextInt(8)).atTime(9, 0)
                    .plusSeconds(random.nextInt(30_000));
            LocalDateTime updated = current.lastActivity != null ? current.lastActivity : created.plusDays(20);
            projectRows.add(id, code, title, summary, organisation.id, category.name(), area.name(), approach.name(),
                    approach.hasIterations() ? 2 + random.nextInt(3) : null, usesAi, aiDecides, funding.name(),
                    timeline.plannedStart, timeline.plannedEnd, plan.cost, plan.status.name(), tier.name(), 0,
                    created, updated, current.baselineCost, current.baselineEnd, current.rebaselines,
                    timeline.executionStarted, current.reportId, current.reportDate, current.costPercent,
                    current.costColour, current.scheduleDays, current.scheduleColour, current.rating,
                    current.ratedAt, costYears);
        }

        /** The planned dates, when execution started, and the months the reports cover. */
        private Timeline timeline(Plan plan, Random random) {
            Timeline timeline = new Timeline();
            // the latest month a regular report can be filed for by today (filed up to ten days into the next)
            LocalDate regularLast = today.minusDays(10).withDayOfMonth(1).minusMonths(1);
            switch (plan.status) {
                case IN_EXECUTION, ON_HOLD, COMPLETED -> {
                    timeline.baselined = true;
                    LocalDate lastPeriod;
                    if (plan.status == ProjectStatus.COMPLETED) {
                        lastPeriod = regularLast.minusMonths(1 + random.nextInt(36));
                    } else if (plan.status == ProjectStatus.ON_HOLD) {
                        lastPeriod = regularLast.minusMonths(1 + random.nextInt(10));
                    } else {
                        // about one in twelve projects in execution has stopped reporting: stale
                        lastPeriod = random.nextDouble() < 0.08 ? regularLast.minusMonths(2 + random.nextInt(7))
                                : regularLast;
                    }
                    if (plan.history == 0) {
                        // started recently, nothing to report yet; one in four of them late with its first report
                        int daysAgo = random.nextDouble() < 0.25 ? 50 + random.nextInt(70) : 3 + random.nextInt(38);
                        timeline.executionStarted = today.minusDays(daysAgo);
                    } else {
                        timeline.firstPeriod = lastPeriod.minusMonths(plan.history - 1L);
                        timeline.executionStarted = timeline.firstPeriod.plusDays(random.nextInt(20));
                    }
                    timeline.plannedStart = timeline.executionStarted.minusDays(random.nextInt(46));
                }
                case APPROVED -> {
                    timeline.baselined = true;
                    timeline.plannedStart = today.plusDays(random.nextInt(120) - 30);
                }
                case REJECTED, CANCELLED -> timeline.plannedStart = today.minusDays(random.nextInt(900));
                default -> timeline.plannedStart = today.plusDays(30 + random.nextInt(330));
            }
            timeline.plannedEnd = timeline.plannedStart.plusMonths(plan.months).minusDays(1);
            return timeline;
        }

        /**
         * Capital-heavy first year, operating-heavy later years; the years add up to the lifecycle cost. Returns
         * the years as {@link CostYears} bits.
         */
        private long costs(long id, BigDecimal lifecycle, LocalDate start, LocalDate end, Random random) {
            int years = end.getYear() - start.getYear() + 1;
            double[] share = new double[years];
            double sum = 0;
            for (int i = 0; i < years; i++) {
                share[i] = (i == 0 ? 1.6 : 1.0) * (0.7 + random.nextDouble() * 0.6);
                sum += share[i];
            }
            BigDecimal left = lifecycle;
            List<YearlyCost> written = new ArrayList<>(years);
            for (int i = 0; i < years; i++) {
                BigDecimal amount = i == years - 1 ? left
                        : lifecycle.multiply(BigDecimal.valueOf(share[i] / sum)).setScale(2, RoundingMode.HALF_UP);
                left = left.subtract(amount);
                double capitalShare = i == 0 ? 0.75 : Math.max(0.1, 0.6 - 0.15 * i);
                BigDecimal capital = amount.multiply(BigDecimal.valueOf(capitalShare)).setScale(2, RoundingMode.HALF_UP);
                costRows.add(id, start.getYear() + i, capital, amount.subtract(capital));
                written.add(new YearlyCost(start.getYear() + i, capital, amount.subtract(capital)));
            }
            return CostYears.of(written);
        }

        /**
         * Baseline 1 at approval, the monthly reports with their variance, a rebaseline for some troubled projects,
         * quarterly ratings, and the project's current figures from the latest of them.
         */
        private void delivery(long projectId, Plan plan, Timeline timeline, Random random, Current current) {
            long baselineId = nextBaselineId++;
            BigDecimal baselineCost = plan.cost;
            LocalDate baselineStart = timeline.plannedStart;
            LocalDate baselineEnd = timeline.plannedEnd;
            LocalDateTime approvedAt = baselineStart.minusDays(10 + random.nextInt(60)).atTime(11, 0);
            baselineRows.add(baselineId, projectId, 1, baselineCost, baselineStart, baselineEnd, null, approvedAt);
            current.baseline(baselineCost, baselineEnd, approvedAt);
            if (plan.history == 0) {
                return;
            }
            // the project's fate: its final overrun and slip, recognised a little more with every month
            double overrun = Shares.overrun(random);
            long plannedDays = ChronoUnit.DAYS.between(baselineStart, baselineEnd) + 1;
            long slipDays = Math.round(plannedDays * plan.slip);
            double expectedDays = plannedDays + slipDays;
            boolean completes = plan.status == ProjectStatus.COMPLETED;
            int rebaselineAt = plan.history >= 8 && (overrun > 0.2 || slipDays > 120) && random.nextDouble() < 0.4
                    ? plan.history / 2 : -1;
            double percentSoFar = 0;
            double spendShareSoFar = 0;
            for (int k = 0; k < plan.history; k++) {
                LocalDate period = timeline.firstPeriod.plusMonths(k);
                LocalDate reportDate = period.plusMonths(1).plusDays(1 + random.nextInt(9));
                if (reportDate.isAfter(today)) {
                    reportDate = today;
                }
                boolean last = k == plan.history - 1;
                boolean finalReport = completes && last;
                double elapsed = ChronoUnit.DAYS.between(timeline.executionStarted, reportDate) / expectedDays;
                double t = Math.max(0, Math.min(1, elapsed));
                double recognised = Math.min(1, 0.3 + t);
                BigDecimal projectedCost = money(plan.cost.doubleValue() * (1 + overrun * recognised));
                LocalDate projectedEnd = baselineEnd.plusDays(Math.round(slipDays * recognised));
                percentSoFar = finalReport ? 100 : Math.min(99.5, Math.max(percentSoFar,
                        100 * smoothstep(t) + random.nextGaussian() * 2));
                spendShareSoFar = finalReport ? 1 : Math.min(0.99, Math.max(spendShareSoFar,
                        smoothstep(t) * (0.93 + random.nextDouble() * 0.07)));
                BigDecimal spend = finalReport ? projectedCost
                        : projectedCost.multiply(BigDecimal.valueOf(spendShareSoFar)).setScale(2, RoundingMode.HALF_UP);
                LocalDate actualEnd = finalReport ? (reportDate.isBefore(period.plusDays(27)) ? reportDate
                        : period.plusDays(5 + random.nextInt(22))) : null;
                if (k == rebaselineAt) {
                    baselineId = nextBaselineId++;
                    baselineCost = projectedCost;
                    baselineEnd = projectedEnd.isAfter(baselineEnd) ? projectedEnd : baselineEnd;
                    LocalDateTime fixedAt = reportDate.atTime(15, 0);
                    baselineRows.add(baselineId, projectId, 2, baselineCost, baselineStart, baselineEnd,
                            "Rebaseline approved after a review round: revised cost and end date.", fixedAt);
                    current.baseline(baselineCost, baselineEnd, fixedAt);
                    current.rebaselines = 1;
                }
                Variance.Cost cost = Variance.cost(baselineCost, projectedCost, thresholds);
                Variance.Schedule schedule = Variance.schedule(baselineStart, baselineEnd, actualEnd,
                        finalReport ? null : projectedEnd, reportDate, thresholds);
                VarianceColour worst = worst(cost.colour(), schedule.colour());
                long reportId = nextReportId++;
                LocalDateTime submittedAt = reportDate.atTime(10, 0).plusSeconds(random.nextInt(20_000));
                reportRows.add(reportId, projectId, period, 1, REPORT_SUBMITTED, reportDate, spend, projectedCost,
                        finalReport ? null : projectedEnd, BigDecimal.valueOf(percentSoFar).setScale(2,
                                RoundingMode.HALF_UP), finalReport, actualEnd, Shares.confidence(worst, random).name(),
                        Names.narrative(worst, finalReport, random), baselineId, cost.amount(), cost.percent(),
                        cost.colour().name(), (int) schedule.days(), schedule.percent(), schedule.colour().name(),
                        submittedAt, submittedAt);
                current.report(reportId, reportDate, cost, schedule, submittedAt);
                if (k % 3 == 2 || last && plan.status != ProjectStatus.COMPLETED) {
                    LocalDate ratedOn = reportDate.plusDays(3 + random.nextInt(15));
                    LocalDateTime ratedAt = (ratedOn.isAfter(today) ? today : ratedOn).atTime(16, 0);
                    int rating = Shares.rating(worst, random);
                    ratingRows.add(projectId, rating, Names.ratingComment(rating), ratedAt);
                    current.rating(rating, ratedAt);
                }
            }
        }

        private static VarianceColour worst(VarianceColour a, VarianceColour b) {
            return a.ordinal() >= b.ordinal() ? a : b;
        }

        private static double smoothstep(double t) {
            return t * t * (3 - 2 * t);
        }

        private static BigDecimal money(double amount) {
            return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
        }
    }

    private static String two(int number) {
        return String.format("%02d", number);
    }

    /** The index of the first cumulative weight above {@code point}. */
    private static int pick(double[] cumulative, double point) {
        int index = Arrays.binarySearch(cumulative, point);
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }

    private static final class GeneratedOrganisation {
        final long id;
        final String code;
        final String name;
        final OrganisationLevel level;
        final String path;
        final PolicyArea area;
        final double weight;
        int children;
        int projects;

        GeneratedOrganisation(long id, String code, String name, OrganisationLevel level, String path,
                PolicyArea area, double weight) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.level = level;
            this.path = path;
            this.area = area;
            this.weight = weight;
        }

        long id() {
            return id;
        }
    }

    private static final class Plan {
        final GeneratedOrganisation organisation;
        final ProjectStatus status;
        final BigDecimal cost;
        final double slip;
        final double reach;
        int months;
        int history;

        Plan(GeneratedOrganisation organisation, ProjectStatus status, BigDecimal cost, int months, double slip,
                double reach) {
            this.organisation = organisation;
            this.status = status;
            this.cost = cost;
            this.months = months;
            this.slip = slip;
            this.reach = reach;
        }
    }

    private static final class Timeline {
        boolean baselined;
        LocalDate plannedStart;
        LocalDate plannedEnd;
        LocalDate executionStarted;
        LocalDate firstPeriod;
    }

    /** The current-figure columns of the project row, as the monitoring service keeps them. */
    private static final class Current {
        BigDecimal baselineCost;
        LocalDate baselineEnd;
        int rebaselines;
        Long reportId;
        LocalDate reportDate;
        BigDecimal costPercent;
        String costColour;
        Integer scheduleDays;
        String scheduleColour;
        Integer rating;
        LocalDateTime ratedAt;
        LocalDateTime lastActivity;

        void baseline(BigDecimal cost, LocalDate end, LocalDateTime at) {
            baselineCost = cost;
            baselineEnd = end;
            lastActivity = at;
        }

        void report(long id, LocalDate date, Variance.Cost cost, Variance.Schedule schedule, LocalDateTime at) {
            reportId = id;
            reportDate = date;
            costPercent = cost.percent();
            costColour = cost.colour().name();
            scheduleDays = (int) schedule.days();
            scheduleColour = schedule.colour().name();
            lastActivity = at;
        }

        void rating(int value, LocalDateTime at) {
            rating = value;
            ratedAt = at;
            if (at.isAfter(lastActivity)) {
                lastActivity = at;
            }
        }
    }
}
