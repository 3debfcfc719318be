package org.tablero.publication;

import static org.tablero.db.Tables.CONFIDENTIAL_FIELD;
import static org.tablero.db.Tables.PROJECT;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.common.NotFoundException;
import org.tablero.common.Page;
import org.tablero.monitoring.MonitoringProperties;
import org.tablero.organisation.OrganisationTree;
import org.tablero.organisation.OrganisationTree.Node;
import org.tablero.publication.PortfolioOverview.Breakdown;
import org.tablero.publication.PublicRepository.Group;

/**
 * The portfolio as anyone may read it, signed in or not: only public projects (submitted at least once), and
 * every value the rules withhold replaced by its "withheld: ground" marker ({@link Disclosure}). It never asks who
 * the user is.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class PublicPortfolio {

    /** The largest page a list returns. */
    public static final int MAX_PAGE_SIZE = 500;

    private final PublicRepository repository;
    private final OrganisationTree tree;
    private final MonitoringProperties monitoring;
    private final PublicDataVersion version;
    private final ProjectChanges changes;
    /**
     * Aggregates and counts, which read whole tables, keyed by the data version: a change of any public data makes
     * them be computed again, and until then everybody shares them.
     */
    private final Cache<List<Object>, Object> aggregates = Caffeine.newBuilder().maximumSize(5_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    /** The project lists' ids in order by filter, sort and data version ({@link #projects}): 2 million ids, 16 MB. */
    private final Cache<List<Object>, long[]> orderings = Caffeine.newBuilder()
            .maximumWeight(2_000_000).<List<Object>, long[]>weigher((key, ids) -> ids.length + 1)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    PublicPortfolio(PublicRepository repository, OrganisationTree tree, MonitoringProperties monitoring,
            PublicDataVersion version, ProjectChanges changes) {
        this.repository = repository;
        this.changes = changes;
        this.tree = tree;
        this.monitoring = monitoring;
        this.version = version;
    }

    /** The whole portfolio in figures, or an organisation's subtree ({@code organisationCode}) rolled up. */
    public PortfolioOverview overview(@Nullable String organisationCode) {
        return cached(Arrays.asList("overview", organisationCode, LocalDate.now()), () -> computeOverview(organisationCode));
    }

    private PortfolioOverview computeOverview(@Nullable String organisationCode) {
        OrganisationTree.Snapshot organisations = tree.get();
        Node scope = organisationCode == null ? null : organisationOf(organisations, organisationCode);
        Condition where = scope == null ? DSL.noCondition() : inOrganisations(organisations.subtree(scope));
        List<Group<List<Object>>> byOrganisationAndStatus = repository.groups(where,
                List.of(PROJECT.ORGANISATION_ID, PROJECT.STATUS));
        Map<Long, Totals> perOrganisation = new HashMap<>();
        Map<String, Totals> byLevel = new TreeMap<>();
        Map<String, Totals> byStatus = new TreeMap<>();
        Totals all = new Totals();
        for (Group<List<Object>> group : byOrganisationAndStatus) {
            long organisationId = (Long) group.key().get(0);
            perOrganisation.computeIfAbsent(organisationId, id -> new Totals()).add(group);
            byLevel.computeIfAbsent(organisations.byId().get(organisationId).level().name(), k -> new Totals()).add(group);
            byStatus.computeIfAbsent((String) group.key().get(1), k -> new Totals()).add(group);
            all.add(group);
        }
        Map<Long, Totals> subtrees = rollUp(organisations, perOrganisation);
        List<Map<String, Totals>> classes = grouped(where, List.of(PROJECT.CATEGORY, PROJECT.TIER, PROJECT.COST_COLOUR,
                PROJECT.SCHEDULE_COLOUR, PROJECT.RATING));
        List<Breakdown> byOrganisation = new ArrayList<>();
        if (scope != null && perOrganisation.containsKey(scope.id())) {
            byOrganisation.add(perOrganisation.get(scope.id()).breakdown(scope.code(), scope.name()));
        }
        for (Node child : organisations.children(scope)) {
            Totals totals = subtrees.get(child.id());
            if (totals != null) {
                byOrganisation.add(totals.breakdown(child.code(), child.name()));
            }
        }
        byOrganisation.sort(Comparator.comparing(Breakdown::investment).reversed());
        return new PortfolioOverview(scope == null ? null : scope.code(), all.projects, all.investment, byOrganisation,
                breakdowns(byLevel), breakdowns(classes.get(0)), breakdowns(classes.get(1)), breakdowns(byStatus),
                breakdowns(classes.get(2)), breakdowns(classes.get(3)), breakdowns(classes.get(4)),
                repository.countStale(where, reportStaleBefore()), LocalDate.now());
    }

    /** Every organisation, parents before children, with its own and its subtree's public projects. */
    public List<PublicOrganisation> organisations() {
        return cached(List.of("organisations"), () -> {
            OrganisationTree.Snapshot organisations = tree.get();
            Map<Long, Totals> own = ownTotals();
            Map<Long, Totals> subtrees = rollUp(organisations, own);
            return organisations.nodes().stream().map(node -> publicOrganisation(organisations, node, own, subtrees))
                    .toList();
        });
    }

    public PublicOrganisation organisation(String code) {
        return organisations().stream().filter(organisation -> organisation.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("ORGANISATION", code));
    }

    /**
     * Which projects a page of the public list shows, as of a data version: their ids in order, and the list's
     * length. The ids of the whole list are read once per data version, filter and order (an index scan of ~40 ms
     * for 100,000 projects), so that any page, however deep, is a slice of them.
     */
    record ProjectSlice(long[] ids, int page, int size, int total, Ordering ordering, PublicDataVersion.Version version,
            LocalDate day) {}

    /** A list's filter and order; {@code key} names it, for the cache of its ids. */
    record Ordering(Condition where, @Nullable Field<?> sort, boolean ascending, String key) {}

    /** A page of the list, and the slice it shows (for {@link #stillShows}). */
    record ProjectPage(Page<PublicProject> page, ProjectSlice slice) {}

    /** A page of public projects, as of now. */
    public Page<PublicProject> projects(PublicProjectFilter filter, PublicProjectSort sort, boolean ascending, int page,
            int size) {
        return listed(filter, sort, ascending, page, size, version.fresh()).page();
    }

    /** A page as of the version the public API answers with ({@code tablero.public-api.refresh}). */
    ProjectPage projectPage(PublicProjectFilter filter, PublicProjectSort sort, boolean ascending, int page, int size) {
        return listed(filter, sort, ascending, page, size, version.current());
    }

    /** The page's ids are a slice of the list's, and its rows are read by primary key. */
    private ProjectPage listed(PublicProjectFilter filter, PublicProjectSort sort, boolean ascending, int page,
            int size, PublicDataVersion.Version at) {
        checkPage(page, size);
        OrganisationTree.Snapshot organisations = tree.get();
        Condition where = condition(organisations, filter);
        Ordering ordering = new Ordering(where, PublicSources.PROJECTS.sorts().get(sort.field()), ascending,
                where + " " + sort + " " + ascending);
        long[] ordered = ordered(ordering, at);
        int from = (int) Math.min((long) page * size, ordered.length);
        long[] ids = Arrays.copyOfRange(ordered, from, Math.min(from + size, ordered.length));
        List<PublicProject> items = repository.byKeys(PublicSources.PROJECTS, ids,
                context(organisations, CONFIDENTIAL_FIELD.PROJECT_ID.in(Arrays.stream(ids).boxed().toList())));
        return new ProjectPage(new Page<>(items, page, size, ordered.length),
                new ProjectSlice(ids, page, size, ordered.length, ordering, at, LocalDate.now()));
    }

    private long[] ordered(Ordering ordering, PublicDataVersion.Version at) {
        return orderings.get(List.of(ordering.key(), at.etag()), ignored -> repository.orderedKeys(
                PublicSources.PROJECTS, ordering.where(), ordering.sort(), ordering.ascending()));
    }

    /**
     * Whether the page of a slice is still what the public API would answer now: the same day (staleness is
     * counted in days), the same organisations and confidential marks, the same projects in the same places of a
     * list of the same length, and none of them changed since. Without reading the database, once the list's ids
     * of the current version are known; and without a transaction, as it runs for every answer held.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    boolean stillShows(ProjectSlice slice) {
        PublicDataVersion.Version now = version.current();
        if (now.sequence() == slice.version().sequence()) {
            return true;
        }
        if (!now.projectRecords().equals(slice.version().projectRecords()) || !LocalDate.now().equals(slice.day())) {
            return false;
        }
        long[] ordered = ordered(slice.ordering(), now);
        int from = (int) Math.min((long) slice.page() * slice.size(), ordered.length);
        return ordered.length == slice.total()
                && Arrays.equals(ordered, from, from + slice.ids().length, slice.ids(), 0, slice.ids().length)
                && changes.unchangedSince(slice.version().sequence(), slice.ids());
    }

    /** A public project by its code; {@link NotFoundException} for a draft or an unknown code. */
    public PublicProject project(String code) {
        long id = publicProjectId(code);
        return repository.all(PublicSources.PROJECTS, PROJECT.ID.eq(id), context(CONFIDENTIAL_FIELD.PROJECT_ID.eq(id)))
                .getFirst();
    }

    /** Everything public about a project, for its public page. */
    public PublicProjectDetail detail(String code) {
        long id = publicProjectId(code);
        ReadContext context = context(CONFIDENTIAL_FIELD.PROJECT_ID.eq(id));
        Condition of = PROJECT.ID.eq(id);
        PublicProject project = repository.all(PublicSources.PROJECTS, of, context).getFirst();
        List<PublicRisk> risks = repository.all(PublicSources.RISKS, of, context);
        List<PublicProgressReport> reports = repository.all(PublicSources.PROGRESS_REPORTS, of, context);
        List<PublicContract> contracts = repository.all(PublicSources.CONTRACTS, of, context);
        PublicValueScore value = first(repository.all(PublicSources.VALUE_SCORES, of, context));
        PublicProcurement procurement = first(repository.all(PublicSources.PROCUREMENT, of, context));
        PublicClosure closure = first(repository.all(PublicSources.CLOSURES, of, context));
        return new PublicProjectDetail(project, repository.infrastructureOf(id), repository.costsOf(id),
                first(repository.all(PublicSources.TRANSPARENCY, of, context)),
                repository.all(PublicSources.BASELINES, of, context),
                repository.all(PublicSources.CHANGE_REQUESTS, of, context),
                repository.all(PublicSources.MILESTONES, of, context), reports,
                repository.all(PublicSources.RATINGS, of, context), repository.all(PublicSources.STANDARDS, of, context),
                value, risks, withheldRiskCounts(risks), repository.all(PublicSources.DECISIONS, of, context),
                repository.all(PublicSources.LIFECYCLE_STEPS, of, context), repository.all(PublicSources.KPIS, of, context),
                repository.all(PublicSources.KPI_MEASUREMENTS, of, context),
                repository.all(PublicSources.UX_MEASURES, of, context), procurement, contracts, closure,
                withheld(project, value, risks, reports, contracts, procurement, closure));
    }

    /** A page of any dataset but the organisations, which {@link #organisations()} lists whole. */
    public <T> Page<T> list(PublicDataset<T> dataset, DatasetQuery query, int page, int size) {
        checkPage(page, size);
        Source<T> source = sourceOf(dataset);
        Condition where = DSL.noCondition();
        if (query.projectCode() != null) {
            where = where.and(PROJECT.CODE.eq(query.projectCode()));
        }
        if (query.organisationCode() != null) {
            OrganisationTree.Snapshot organisations = tree.get();
            where = where.and(inOrganisations(organisations.subtree(organisationOf(organisations,
                    query.organisationCode()))));
        }
        Field<?> sort = null;
        if (query.sort() != null) {
            sort = source.sorts().get(query.sort());
            if (sort == null) {
                throw new PublicQueryException("sort", "'" + query.sort() + "' is not one of "
                        + dataset.sortFields());
            }
        }
        return new Page<>(repository.page(source, where, sort, query.ascending(), page * size, size,
                context(DSL.noCondition())), page, size, count(source, where));
    }

    /** One record of a dataset with ids; {@link NotFoundException} when there is none, or it is not public. */
    public <T> T get(PublicDataset<T> dataset, long id) {
        Source<T> source = sourceOf(dataset);
        if (source.id() == null) {
            throw new NotFoundException(dataset.name(), id);
        }
        List<T> found = repository.all(source, source.id().eq(id), context(DSL.noCondition()));
        if (found.isEmpty()) {
            throw new NotFoundException(dataset.name(), id);
        }
        return found.getFirst();
    }

    /**
     * Every record of a dataset, one at a time as read from the database, so that memory does not grow with the
     * dataset (the CSV downloads and the snapshots). The sink must not call this service.
     */
    public <T> void forEach(PublicDataset<T> dataset, Consumer<? super T> sink) {
        if (dataset == PublicDataset.ORGANISATIONS) {
            organisations().forEach(organisation -> sink.accept(dataset.type().cast(organisation)));
            return;
        }
        repository.stream(sourceOf(dataset), context(DSL.noCondition()), sink::accept);
    }

    /** The rows of a list; the condition's SQL with its values inlined identifies it. */
    private long count(Source<?> source, Condition where) {
        return cached(List.of("count", source, where.toString(), LocalDate.now()), () -> repository.count(source, where));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, Supplier<T> compute) {
        List<Object> versioned = new ArrayList<>(key);
        versioned.add(version.fresh().etag());
        return (T) aggregates.get(versioned, ignored -> compute.get());
    }

    private Map<Long, Totals> ownTotals() {
        Map<Long, Totals> own = new HashMap<>();
        for (Group<List<Object>> group : repository.groups(DSL.noCondition(), List.of(PROJECT.ORGANISATION_ID))) {
            own.computeIfAbsent((Long) group.key().getFirst(), id -> new Totals()).add(group);
        }
        return own;
    }

    private static PublicOrganisation publicOrganisation(OrganisationTree.Snapshot organisations, Node node,
            Map<Long, Totals> own, Map<Long, Totals> subtrees) {
        Totals mine = own.getOrDefault(node.id(), new Totals());
        Totals subtree = subtrees.getOrDefault(node.id(), new Totals());
        Node parent = node.parentId() == null ? null : organisations.byId().get(node.parentId());
        return new PublicOrganisation(node.code(), node.name(), node.level(), parent == null ? null : parent.code(),
                node.depth(), mine.projects, mine.investment, subtree.projects, subtree.investment);
    }

    /** Adds each organisation's own totals to itself and every ancestor (its path lists them). */
    private static Map<Long, Totals> rollUp(OrganisationTree.Snapshot organisations, Map<Long, Totals> own) {
        Map<Long, Totals> subtrees = new HashMap<>();
        own.forEach((organisationId, totals) -> {
            for (String ancestor : organisations.byId().get(organisationId).path().split("/")) {
                if (!ancestor.isEmpty()) {
                    subtrees.computeIfAbsent(Long.parseLong(ancestor), id -> new Totals()).add(totals);
                }
            }
        });
        return subtrees;
    }

    /** Totals by each of the columns, from one query grouped by all of them (a few hundred groups at most). */
    private List<Map<String, Totals>> grouped(Condition where, List<Field<?>> columns) {
        List<Map<String, Totals>> totals = new ArrayList<>();
        columns.forEach(column -> totals.add(new TreeMap<>()));
        for (Group<List<Object>> group : repository.groups(where, columns)) {
            for (int i = 0; i < columns.size(); i++) {
                Object key = group.key().get(i);
                totals.get(i).computeIfAbsent(key == null ? "NONE" : key.toString(), k -> new Totals()).add(group);
            }
        }
        return totals;
    }

    private static List<Breakdown> breakdowns(Map<String, Totals> totals) {
        return totals.entrySet().stream().map(entry -> entry.getValue().breakdown(entry.getKey(), null)).toList();
    }

    private Condition condition(OrganisationTree.Snapshot organisations, PublicProjectFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.organisationCode() != null) {
            where = where.and(inOrganisations(organisations.subtree(organisationOf(organisations,
                    filter.organisationCode()))));
        }
        if (filter.level() != null) {
            where = where.and(inOrganisations(organisations.nodes().stream()
                    .filter(node -> node.level() == filter.level()).toList()));
        }
        where = where.and(equal(PROJECT.CATEGORY, filter.category())).and(equal(PROJECT.TIER, filter.tier()))
                .and(equal(PROJECT.STATUS, filter.status())).and(equal(PROJECT.COST_COLOUR, filter.costColour()))
                .and(equal(PROJECT.SCHEDULE_COLOUR, filter.scheduleColour()));
        if (filter.rating() != null) {
            where = where.and(PROJECT.RATING.eq(filter.rating()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where = where.and(PublicSources.text(filter.text().strip()));
        }
        if (filter.stale() != null) {
            Condition stale = PublicSources.stale(reportStaleBefore());
            where = where.and(filter.stale() ? stale : DSL.not(stale));
        }
        // variance = plan − projection: below zero the projection exceeds the plan
        if (filter.overBudget() != null) {
            where = where.and(filter.overBudget() ? PROJECT.COST_VARIANCE_PCT.lt(BigDecimal.ZERO)
                    : PROJECT.COST_VARIANCE_PCT.ge(BigDecimal.ZERO));
        }
        if (filter.late() != null) {
            where = where.and(filter.late() ? PROJECT.SCHEDULE_VARIANCE_DAYS.lt(0)
                    : PROJECT.SCHEDULE_VARIANCE_DAYS.ge(0));
        }
        return where;
    }

    private static Condition equal(Field<String> field, @Nullable Enum<?> value) {
        return value == null ? DSL.noCondition() : field.eq(value.name());
    }

    private static Condition inOrganisations(List<Node> nodes) {
        return nodes.isEmpty() ? DSL.falseCondition() : PROJECT.ORGANISATION_ID.in(nodes.stream().map(Node::id).toList());
    }

    private static Node organisationOf(OrganisationTree.Snapshot organisations, String code) {
        Node node = organisations.byCode().get(code);
        if (node == null) {
            throw new PublicQueryException("organisation", "There is no organisation with the code '" + code + "'");
        }
        return node;
    }

    private long publicProjectId(String code) {
        return repository.publicProjectId(code).orElseThrow(() -> new NotFoundException("PROJECT", code));
    }

    private ReadContext context(Condition marks) {
        return context(tree.get(), marks);
    }

    private ReadContext context(OrganisationTree.Snapshot organisations, Condition marks) {
        return new ReadContext(new Disclosure(repository.marks(marks)), organisations, reportStaleBefore(),
                LocalDate.now().minusDays(monitoring.ratingStaleAfterDays()));
    }

    private LocalDate reportStaleBefore() {
        return LocalDate.now().minusDays(monitoring.staleAfterDays());
    }

    private static <T> Source<T> sourceOf(PublicDataset<T> dataset) {
        Source<T> source = dataset.source();
        if (source == null) {
            throw new PublicQueryException("dataset", "The " + dataset.name() + " are listed whole");
        }
        return source;
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new PublicQueryException("page", "'page' counts from 0 and cannot be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new PublicQueryException("size", "'size' must lie between 1 and " + MAX_PAGE_SIZE);
        }
    }

    private static List<WithheldRiskCount> withheldRiskCounts(List<PublicRisk> risks) {
        record Key(WithholdingReason reason, org.tablero.assessment.risk.RiskLevel level) {}
        Map<Key, Long> counts = risks.stream().filter(risk -> risk.description().hidden())
                .collect(Collectors.groupingBy(risk -> new Key(risk.description().reason(), risk.residualLevel()),
                        () -> new TreeMap<>(Comparator.comparing(Key::reason).thenComparing(Key::level)),
                        Collectors.counting()));
        return counts.entrySet().stream().map(entry -> new WithheldRiskCount(entry.getKey().reason(),
                entry.getKey().level(), entry.getValue().intValue())).toList();
    }

    private static List<WithheldField> withheld(PublicProject project, @Nullable PublicValueScore value,
            List<PublicRisk> risks, List<PublicProgressReport> reports, List<PublicContract> contracts,
            @Nullable PublicProcurement procurement, @Nullable PublicClosure closure) {
        List<WithheldField> withheld = new ArrayList<>(Disclosure.withheldAmong("PROJECT",
                Map.of("summary", project.summary())));
        if (value != null) {
            Map<String, Disclosed<?>> texts = new LinkedHashMap<>();
            texts.put("reuse", value.reuse());
            texts.put("inclusion", value.inclusion());
            texts.put("serviceImprovement", value.serviceImprovement());
            texts.put("strategicAlignment", value.strategicAlignment());
            texts.put("energyAndEmissions", value.energyAndEmissions());
            texts.put("hardwareLifecycle", value.hardwareLifecycle());
            texts.put("greenByDesign", value.greenByDesign());
            withheld.addAll(Disclosure.withheldAmong("VALUE", texts));
        }
        if (procurement != null) {
            withheld.addAll(Disclosure.withheldAmong("PROCUREMENT", Map.of("rationale", procurement.rationale())));
        }
        for (PublicRisk risk : risks) {
            Map<String, Disclosed<?>> fields = new LinkedHashMap<>();
            fields.put("description", risk.description());
            fields.put("mitigation", risk.mitigation());
            fields.put("owner", risk.owner());
            withheld.addAll(Disclosure.withheldAmong("RISK " + risk.id(), fields));
        }
        for (PublicProgressReport report : reports) {
            withheld.addAll(Disclosure.withheldAmong("PROGRESS_REPORT " + report.id(),
                    Map.of("narrative", report.narrative())));
        }
        for (PublicContract contract : contracts) {
            Map<String, Disclosed<?>> fields = new LinkedHashMap<>();
            fields.put("supplier", contract.supplier());
            fields.put("value", contract.value());
            withheld.addAll(Disclosure.withheldAmong("CONTRACT " + contract.id(), fields));
        }
        if (closure != null) {
            Map<String, Disclosed<?>> fields = new LinkedHashMap<>();
            fields.put("benefitsSummary", closure.benefitsSummary());
            fields.put("lessonsLearned", closure.lessonsLearned());
            withheld.addAll(Disclosure.withheldAmong("CLOSURE", fields));
        }
        return withheld;
    }

    private static <T> @Nullable T first(List<T> items) {
        return items.isEmpty() ? null : items.getFirst();
    }

    /** Projects and their lifecycle cost, added up. */
    private static final class Totals {

        private long projects;
        private BigDecimal investment = BigDecimal.ZERO;

        void add(Group<?> group) {
            projects += group.projects();
            investment = investment.add(group.investment());
        }

        void add(Totals other) {
            projects += other.projects;
            investment = investment.add(other.investment);
        }

        Breakdown breakdown(String key, @Nullable String label) {
            return new Breakdown(key, label, projects, investment);
        }
    }
}
