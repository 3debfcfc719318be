package org.tablero.portfolio;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.common.Validation;
import org.tablero.identity.CurrentUser;
import org.tablero.monitoring.MonitoringProperties;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.organisation.OrganisationTree;
import org.tablero.project.Category;
import org.tablero.project.FundingSource;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * The budget office's portfolio view (issue #4): totals, roll-ups and distributions of the projects' current
 * figures, the lists behind them, and exports of any drill-down. Everything is limited to the user's organisation
 * subtree. The aggregates are three queries on the project table and its yearly costs, rolled up in Java
 * (docs/performance.md has their times on a national portfolio of 100,000 projects). The value-score ranking of
 * proposals is {@code ValuePropositionService.ranking}.
 */
@Service
@PreAuthorize("hasAnyRole('BUDGET_OFFICE', 'DIGITAL_AUTHORITY', 'PROCUREMENT_AUTHORITY', 'STRATEGIC_BOARD', 'ADMIN')")
public class PortfolioService {

    private final PortfolioRepository portfolio;
    private final PortfolioExport export;
    private final int staleAfterDays;

    PortfolioService(PortfolioRepository portfolio, PortfolioExport export, MonitoringProperties monitoring) {
        this.portfolio = portfolio;
        this.export = export;
        this.staleAfterDays = monitoring.staleAfterDays();
    }

    /**
     * The three aggregates run at the same time, two of them on connections of their own (each a consistent
     * snapshot of its own, taken within milliseconds of the others): the database then uses a core per scan.
     */
    @Transactional(readOnly = true)
    public PortfolioSummary summary(PortfolioFilter filter) {
        Query query = query(filter);
        try (ExecutorService scans = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<List<PortfolioRepository.OrganisationRow>> own = scans.submit(
                    () -> portfolio.byOrganisation(query.where, query.staleBefore));
            Future<List<PortfolioRepository.CubeRow>> cube = scans.submit(() -> portfolio.cube(query.where));
            List<Slice<Integer>> fiscalYears = portfolio.byFiscalYear(query.where, query.yearCubeFilter());
            return summarise(query, result(own), result(cube), fiscalYears);
        }
    }

    /** A page of one of the portfolio's lists within the filter, in the list's order. */
    @Transactional(readOnly = true)
    public List<PortfolioProject> projects(PortfolioFilter filter, PortfolioList list, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " make no page");
        }
        Query query = query(filter);
        return portfolio.page(query.where, list, query.staleBefore, offset, limit, query.scope);
    }

    @Transactional(readOnly = true)
    public int count(PortfolioFilter filter, PortfolioList list) {
        Query query = query(filter);
        return portfolio.countOf(query.where, list, query.staleBefore);
    }

    /**
     * Writes every project of the filter as an XLSX workbook while the rows arrive from the database: memory does
     * not grow with the number of projects. Column headers follow the locale.
     */
    @Transactional(readOnly = true)
    public void exportXlsx(PortfolioFilter filter, Locale locale, OutputStream out) {
        Query query = query(filter);
        export.xlsx(locale, out, rows -> portfolio.stream(query.where, query.staleBefore, query.scope, rows));
    }

    /** The same as {@link #exportXlsx} as CSV (UTF-8, comma-separated, a header row). */
    @Transactional(readOnly = true)
    public void exportCsv(PortfolioFilter filter, Locale locale, OutputStream out) {
        Query query = query(filter);
        export.csv(locale, out, rows -> portfolio.stream(query.where, query.staleBefore, query.scope, rows));
    }

    // ------------------------------------------------------------------

    /** A filter made into a condition on the project table, within the user's subtree. */
    record Query(PortfolioFilter filter, PortfolioScope scope, Condition where, LocalDate staleBefore) {

        /**
         * The filter, when the yearly costs by year can be read from their cube without the projects: the whole
         * portfolio, filtered by no more than category, tier, funding source and a fiscal year; else null.
         */
        @Nullable PortfolioFilter yearCubeFilter() {
            boolean cubeDimensionsOnly = filter.withOrganisation(null).withLevel(null).withCategory(null)
                    .withTier(null).withFundingSource(null).withFiscalYear(null).equals(PortfolioFilter.none());
            return scope.isEverything() && cubeDimensionsOnly ? filter : null;
        }
    }

    /** Package-private for the benchmark, which runs the same SQL bare. */
    Query query(PortfolioFilter requested) {
        PortfolioFilter filter = requested == null ? PortfolioFilter.none() : requested;
        List<OrganisationTree.Node> organisations = portfolio.organisations();
        String userPath = CurrentUser.get().organisationPath();
        String filterPath = null;
        Validation validation = new Validation();
        if (filter.organisationId() != null) {
            filterPath = organisations.stream().filter(node -> node.id() == filter.organisationId())
                    .map(OrganisationTree.Node::path).filter(path -> path.startsWith(userPath))
                    .findFirst().orElse(null);
            // an organisation outside the user's subtree is as unknown as one that does not exist
            validation.check(filterPath != null, "organisationId", "validation.organisation-unknown");
        }
        validation.check(filter.rating() == null || filter.rating() >= 1 && filter.rating() <= 5, "rating",
                "portfolio.rating-range");
        validation.throwIfInvalid();
        PortfolioScope scope = new PortfolioScope(organisations, userPath, filterPath, filter.level());
        LocalDate staleBefore = LocalDate.now().minusDays(staleAfterDays);
        return new Query(filter, scope, PortfolioRepository.where(scope, filter, staleBefore), staleBefore);
    }

    private static PortfolioSummary summarise(Query query, List<PortfolioRepository.OrganisationRow> ownRows,
            List<PortfolioRepository.CubeRow> cube, List<Slice<Integer>> fiscalYears) {
        PortfolioScope scope = query.scope();
        Map<Long, Figures> own = new HashMap<>();
        Map<Long, Figures> subtree = new HashMap<>();
        Map<OrganisationLevel, Slice<OrganisationLevel>> byLevel = new EnumMap<>(OrganisationLevel.class);
        Figures headline = Figures.NONE;
        for (PortfolioRepository.OrganisationRow row : ownRows) {
            own.put(row.organisationId(), row.figures());
            headline = headline.plus(row.figures());
            OrganisationTree.Node node = scope.node(row.organisationId());
            add(byLevel, node.level(), row.figures().projects(), row.figures().investment());
            // each organisation's projects count in its own subtree and in every ancestor's, up to the user's top
            for (OrganisationTree.Node up = node; up != null && up.path().startsWith(scope.userPath());
                    up = up.parentId() == null ? null : scope.node(up.parentId())) {
                subtree.merge(up.id(), row.figures(), Figures::plus);
            }
        }
        List<OrganisationFigures> organisations = new ArrayList<>();
        for (OrganisationTree.Node node : scope.visible()) {
            Figures below = subtree.get(node.id());
            if (below != null) {
                organisations.add(new OrganisationFigures(node.id(), node.code(), node.name(), node.level(),
                        node.parentId(), node.depthBelow(scope.userPath()), own.getOrDefault(node.id(), Figures.NONE),
                        below));
            }
        }
        Map<Category, Slice<Category>> byCategory = new EnumMap<>(Category.class);
        Map<Tier, Slice<Tier>> byTier = new EnumMap<>(Tier.class);
        Map<ProjectStatus, Slice<ProjectStatus>> byStatus = new EnumMap<>(ProjectStatus.class);
        Map<FundingSource, Slice<FundingSource>> byFunding = new EnumMap<>(FundingSource.class);
        Map<VarianceColour, Slice<VarianceColour>> costColours = new HashMap<>();
        Map<VarianceColour, Slice<VarianceColour>> scheduleColours = new HashMap<>();
        Map<Integer, Slice<Integer>> ratings = new HashMap<>();
        for (PortfolioRepository.CubeRow row : cube) {
            add(byCategory, row.category(), row.projects(), row.investment());
            add(byTier, row.tier(), row.projects(), row.investment());
            add(byStatus, row.status(), row.projects(), row.investment());
            add(byFunding, row.fundingSource(), row.projects(), row.investment());
            add(costColours, row.costColour(), row.projects(), row.investment());
            add(scheduleColours, row.scheduleColour(), row.projects(), row.investment());
            add(ratings, row.rating(), row.projects(), row.investment());
        }
        return new PortfolioSummary(query.filter(), headline, organisations, List.copyOf(byLevel.values()),
                List.copyOf(byCategory.values()), List.copyOf(byTier.values()), List.copyOf(byStatus.values()),
                fiscalYears, List.copyOf(byFunding.values()), nullLast(costColours, Enum::ordinal),
                nullLast(scheduleColours, Enum::ordinal), nullLast(ratings, Integer::intValue));
    }

    private static <T> T result(Future<T> scan) {
        try {
            return scan.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while summing the portfolio", e);
        }
    }

    private static <K> void add(Map<K, Slice<K>> slices, K key, int projects, BigDecimal investment) {
        slices.merge(key, new Slice<>(key, projects, investment),
                (a, b) -> new Slice<>(key, a.projects() + b.projects(), a.investment().add(b.investment())));
    }

    /** The slices in key order, the projects without the figure (null key) last. */
    private static <K> List<Slice<K>> nullLast(Map<K, Slice<K>> slices, Function<K, Integer> order) {
        TreeMap<Integer, Slice<K>> sorted = new TreeMap<>(Comparator.naturalOrder());
        slices.forEach((key, slice) -> sorted.put(key == null ? Integer.MAX_VALUE : order.apply(key), slice));
        return List.copyOf(sorted.values());
    }
}
