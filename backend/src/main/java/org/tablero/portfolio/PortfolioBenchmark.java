package org.tablero.portfolio;

import static org.tablero.db.Tables.ORGANISATION;
import static org.tablero.db.Tables.PROJECT;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.tablero.identity.Role;
import org.tablero.identity.SystemTask;
import org.tablero.identity.TableroUser;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.ProjectFilter;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectSort;
import org.tablero.project.ProjectStatus;

/**
 * Measures the portfolio view and the register on the database at hand (docs/performance.md): each aggregate
 * through the service and the same SQL bare over JDBC, interleaved run by run so that both see the same load; the
 * grid pages of the register and of the portfolio lists; and an XLSX export of the whole portfolio while the
 * summary keeps being asked for.
 */
final class PortfolioBenchmark {

    private static final int PAGE_SIZE = 50;

    private final PortfolioService portfolio;
    private final PortfolioRepository repository;
    private final ProjectService projects;
    private final DataSource dataSource;
    private final DSLContext db;
    private final int warmup;
    private final int runs;
    private final Consumer<String> out;

    PortfolioBenchmark(PortfolioService portfolio, PortfolioRepository repository, ProjectService projects,
            DataSource dataSource, DSLContext db, int warmup, int runs, Consumer<String> out) {
        this.portfolio = portfolio;
        this.repository = repository;
        this.projects = projects;
        this.dataSource = dataSource;
        this.db = db;
        this.warmup = warmup;
        this.runs = runs;
        this.out = out;
    }

    /** Milliseconds at the 50th and 95th percentile and the slowest run. */
    record Stats(double p50, double p95, double max) {

        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int p95 = (int) Math.ceil(sorted.length * 0.95) - 1;
            return new Stats(sorted[sorted.length / 2] / 1e6, sorted[p95] / 1e6, sorted[sorted.length - 1] / 1e6);
        }

        String cells() {
            return String.format(Locale.ROOT, "%.1f | %.1f | %.1f", p50, p95, max);
        }
    }

    // ------------------------------------------------------------------ set-up

    TableroUser nationalBudgetOffice() {
        var root = db.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.PATH).from(ORGANISATION)
                .where(ORGANISATION.PARENT_ID.isNull()).orderBy(ORGANISATION.ID).limit(1).fetchOne();
        return budgetOffice(root.value1(), root.value2(), root.value3());
    }

    /** The budget office of the state (a child of the root at level STATE) with the most organisations. */
    TableroUser stateBudgetOffice(TableroUser national) {
        var states = db.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.PATH).from(ORGANISATION)
                .where(ORGANISATION.LEVEL.eq(OrganisationLevel.STATE.name()))
                .and(ORGANISATION.PARENT_ID.eq(national.organisationId()))
                .fetch();
        var largest = states.stream().max((a, b) -> Integer.compare(
                db.fetchCount(ORGANISATION, ORGANISATION.PATH.startsWith(a.value3())),
                db.fetchCount(ORGANISATION, ORGANISATION.PATH.startsWith(b.value3())))).orElseThrow();
        return budgetOffice(largest.value1(), largest.value2(), largest.value3());
    }

    private static TableroUser budgetOffice(long organisationId, String name, String path) {
        return new TableroUser(0, "benchmark", "Benchmark", organisationId, name, path, Set.of(Role.BUDGET_OFFICE), "",
                true, null);
    }

    private static <T> T as(TableroUser user, Supplier<T> task) {
        Object[] result = new Object[1];
        SystemTask.runAs(user, () -> result[0] = task.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    // ------------------------------------------------------------------ aggregates

    /**
     * @param eachStatement whether to time each statement through jOOQ and bare as well, not only the whole
     * @param times how many times to run each after the warm-up
     */
    void aggregates(TableroUser user, String who, String filterName, PortfolioFilter filter, boolean eachStatement,
            int times) {
        PortfolioService.Query query = as(user, () -> portfolio.query(filter));
        List<Named> statements = List.of(
                new Named("organisation tree changed?", repository.organisationsQuery(), repository::organisations),
                new Named("by organisation", repository.byOrganisationQuery(query.where(), query.staleBefore()),
                        () -> repository.byOrganisation(query.where(), query.staleBefore())),
                new Named("cube of 7 dimensions", repository.cubeQuery(query.where()),
                        () -> repository.cube(query.where())),
                new Named("by fiscal year", repository.byFiscalYearQuery(query.where(), query.yearCubeFilter()),
                        () -> repository.byFiscalYear(query.where(), query.yearCubeFilter())));
        List<String> sql = statements.stream().map(statement -> db.renderInlined(statement.query())).toList();
        compare(who, filterName, "summary() vs its 4 statements bare, the 3 aggregates concurrently as it runs them",
                () -> as(user, () -> portfolio.summary(filter)), () -> bareConcurrently(sql), times);
        compare(who, filterName, "summary() vs its 4 statements bare, one after another",
                () -> as(user, () -> portfolio.summary(filter)), () -> bare(sql), times);
        for (int i = 0; eachStatement && i < statements.size(); i++) {
            String one = sql.get(i);
            compare(who, filterName, "  " + statements.get(i).name() + " (jOOQ + mapping vs bare)",
                    statements.get(i).viaJooq(), () -> bare(List.of(one)), times);
        }
    }

    private record Named(String name, ResultQuery<?> query, Supplier<?> viaJooq) {}

    private void compare(String who, String filterName, String what, Supplier<?> service, Runnable bare, int times) {
        for (int i = 0; i < warmup; i++) {
            service.get();
            bare.run();
        }
        long[] serviceNanos = new long[times];
        long[] bareNanos = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            service.get();
            serviceNanos[i] = System.nanoTime() - start;
            start = System.nanoTime();
            bare.run();
            bareNanos[i] = System.nanoTime() - start;
        }
        Stats s = Stats.of(serviceNanos);
        Stats b = Stats.of(bareNanos);
        out.accept(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f | %.2f |", who, filterName, what,
                s.cells(), b.cells(), s.p50() / b.p50(), s.p95() / b.p95()));
    }

    /** The first statement, then the others at the same time, each on a connection of its own. */
    private void bareConcurrently(List<String> statements) {
        bare(statements.subList(0, 1));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (String sql : statements.subList(1, statements.size())) {
                running.add(threads.submit(() -> bare(List.of(sql))));
            }
            for (Future<?> statement : running) {
                statement.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements run back to back on one connection, every column of every row read. */
    private void bare(List<String> statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rows.getObject(c);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ grid pages

    void registerPages(TableroUser user, String filterName, ProjectFilter filter, ProjectSort sort,
            boolean ascending) {
        int total = as(user, () -> projects.count(filter));
        for (int offset : offsets(total)) {
            pages("register, " + sort.name().toLowerCase(Locale.ROOT) + (ascending ? " asc" : " desc"), filterName,
                    total, offset, () -> as(user, () -> projects.page(filter, sort, ascending, offset, PAGE_SIZE)),
                    () -> as(user, () -> projects.count(filter)));
        }
    }

    void portfolioPages(TableroUser user, PortfolioList list, String filterName, PortfolioFilter filter) {
        int total = as(user, () -> portfolio.count(filter, list));
        for (int offset : offsets(total)) {
            pages("portfolio " + list.name(), filterName, total, offset,
                    () -> as(user, () -> portfolio.projects(filter, list, offset, PAGE_SIZE)),
                    () -> as(user, () -> portfolio.count(filter, list)));
        }
    }

    private static int[] offsets(int total) {
        int last = Math.max(0, (total - 1) / PAGE_SIZE * PAGE_SIZE);
        return new int[] {0, last / 2 / PAGE_SIZE * PAGE_SIZE, last};
    }

    private void pages(String grid, String filterName, int total, int offset, Supplier<?> page, Supplier<?> count) {
        int gridRuns = Math.max(5, runs / 5);
        for (int i = 0; i < Math.min(warmup, 3); i++) {
            page.get();
            count.get();
        }
        long[] pageNanos = new long[gridRuns];
        long[] countNanos = new long[gridRuns];
        long[] bothNanos = new long[gridRuns];
        for (int i = 0; i < gridRuns; i++) {
            long start = System.nanoTime();
            page.get();
            long between = System.nanoTime();
            count.get();
            long end = System.nanoTime();
            pageNanos[i] = between - start;
            countNanos[i] = end - between;
            bothNanos[i] = end - start;
        }
        out.accept(String.format(Locale.ROOT, "| %s | %s | %,d of %,d | %s | %s | %.1f |", grid, filterName, offset,
                total, Stats.of(pageNanos).cells(), Stats.of(countNanos).cells(), Stats.of(bothNanos).p95()));
    }

    // ------------------------------------------------------------------ export

    /**
     * Exports the whole portfolio as XLSX into a file while, on another thread, a state budget office asks for its
     * summary once a second.
     */
    void export(TableroUser national, TableroUser state, Path file) {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] rows = {0};
        long start = System.nanoTime();
        CompletableFuture<Void> export = CompletableFuture.runAsync(() -> SystemTask.runAs(national, () -> {
            try (OutputStream target = Files.newOutputStream(file)) {
                portfolio.exportXlsx(PortfolioFilter.none(), Locale.ENGLISH, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        List<Long> summaryNanos = new ArrayList<>();
        while (!export.isDone()) {
            long asked = System.nanoTime();
            as(state, () -> portfolio.summary(PortfolioFilter.none()));
            summaryNanos.add(System.nanoTime() - asked);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        export.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        rows[0] = as(national, () -> portfolio.count(PortfolioFilter.none(), PortfolioList.ALL));
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stats during = Stats.of(summaryNanos.stream().mapToLong(Long::longValue).toArray());
        out.accept(String.format(Locale.ROOT, "| XLSX of all %,d projects | %.1f s | %.1f MB | max heap %d MB, "
                + "peak heap used %d MB (sum of the pools' peaks) | %d state summaries during the export: p50 %.0f ms, "
                + "max %.0f ms |", rows[0], seconds, size / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                heapPeak / (1024 * 1024), summaryNanos.size(), during.p50(), during.max()));
    }

    // ------------------------------------------------------------------ the whole run

    void run() {
        TableroUser national = nationalBudgetOffice();
        TableroUser state = stateBudgetOffice(national);
        int projectCount = db.fetchCount(PROJECT);
        out.accept("Projects: " + projectCount + "; state budget office of " + state.organisationName() + " ("
                + state.organisationPath() + "), warm-up " + warmup + ", runs " + runs);
        out.accept("");
        out.accept("| user | filter | what | service p50 | p95 | max | bare p50 | p95 | max | ratio p50 | ratio p95 |");
        out.accept("|---|---|---|---|---|---|---|---|---|---|---|");
        PortfolioFilter drillDown = PortfolioFilter.none().withStatus(ProjectStatus.IN_EXECUTION)
                .withCostColour(VarianceColour.RED);
        PortfolioFilter fiscalYear = PortfolioFilter.none().withCategory(Category.NEW_DEVELOPMENT)
                .withFiscalYear(Year.now().getValue());
        PortfolioFilter yearOnly = PortfolioFilter.none().withFiscalYear(Year.now().getValue());
        for (TableroUser user : List.of(national, state)) {
            String who = user == national ? "national" : "state";
            aggregates(user, who, "none", PortfolioFilter.none(), true, runs);
            aggregates(user, who, "in execution, cost red", drillDown, false, runs);
            // the heaviest drill-down: its breakdown by fiscal year sums the yearly costs of the filtered projects
            aggregates(user, who, "new development, " + Year.now(), fiscalYear, false, runs);
            // a click on a year of the chart by fiscal year: ~70 % of the projects have a cost in it
            aggregates(user, who, String.valueOf(Year.now()), yearOnly, false, runs);
        }
        out.accept("");
        out.accept("| grid | filter | rows from | page p50 | p95 | max | count p50 | p95 | max | page + count p95 |");
        out.accept("|---|---|---|---|---|---|---|---|---|---|");
        ProjectFilter inState = new ProjectFilter(state.organisationId(), null, null, null, null);
        ProjectFilter inExecution = new ProjectFilter(null, ProjectStatus.IN_EXECUTION, null, null, null);
        ProjectFilter text = new ProjectFilter(null, null, null, null, "salud");
        // the register's default order (last changed first) with each filter, and by code without one
        registerPages(national, "none", ProjectFilter.none(), ProjectSort.LAST_CHANGED, false);
        registerPages(national, "state subtree", inState, ProjectSort.LAST_CHANGED, false);
        registerPages(national, "in execution", inExecution, ProjectSort.LAST_CHANGED, false);
        registerPages(national, "text 'salud'", text, ProjectSort.LAST_CHANGED, false);
        registerPages(national, "none", ProjectFilter.none(), ProjectSort.CODE, true);
        for (PortfolioList list : PortfolioList.values()) {
            portfolioPages(national, list, "none", PortfolioFilter.none());
        }
        portfolioPages(state, PortfolioList.ALL, "state user", PortfolioFilter.none());
        portfolioPages(national, PortfolioList.ALL, "in execution, cost red", drillDown);
        portfolioPages(national, PortfolioList.ALL, "new development, " + Year.now(), fiscalYear);
    }
}
