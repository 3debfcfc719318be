package org.tablero.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tablero.common.NotFoundException;
import org.tablero.common.Page;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * The open data API: no sign-in, read-only, paged (page from 0, size 1–500, default 50), filterable by project
 * and organisation subtree, sorted ({@code sort=<field>&order=asc|desc}); single records; each dataset as CSV;
 * the data package, the DCAT catalogue, the Atom feed and the quarterly snapshots. Licence CC BY 4.0.
 */
@RestController
@RequestMapping(PublicApi.BASE)
@Tag(name = "Open data", description = "The public portfolio of digital investments, for anyone, without sign-in. "
        + "Licence CC BY 4.0. Withheld values read \"withheld: <ground>\".")
class PublicApi {

    static final String BASE = "/api/public/v1";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** Characters gathered before they are encoded and sent: CSV values are written a few characters at a time. */
    private static final int CSV_BUFFER = 64 * 1024;

    private final PublicPortfolio portfolio;
    private final OpenData openData;
    private final ChangeFeed feed;
    private final Snapshots snapshots;
    private final PublicDataVersion version;

    PublicApi(PublicPortfolio portfolio, OpenData openData, ChangeFeed feed, Snapshots snapshots,
            PublicDataVersion version) {
        this.portfolio = portfolio;
        this.openData = openData;
        this.feed = feed;
        this.snapshots = snapshots;
        this.version = version;
    }

    @GetMapping("/overview")
    @Operation(summary = "The portfolio in figures, or an organisation's subtree rolled up")
    PortfolioOverview overview(@Parameter(description = "an organisation code") @RequestParam(required = false)
            String organisation) {
        return portfolio.overview(PublicParams.code("organisation", organisation));
    }

    @GetMapping("/organisations")
    @Operation(summary = "The organisations with their own and their subtree's public projects, parents first")
    Page<PublicOrganisation> organisations(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @Parameter(description = "CENTRAL, STATE or MUNICIPAL") @RequestParam(required = false) String level,
            @Parameter(description = "the code of the parent organisation") @RequestParam(required = false) String parent,
            @Parameter(description = "searched in code and name") @RequestParam(required = false) String q,
            @Parameter(description = "code, name or subtreeInvestment; parents first by default")
            @RequestParam(required = false) String sort, @RequestParam(required = false) String order) {
        int pageNumber = PublicParams.page(page);
        int pageSize = PublicParams.size(size);
        OrganisationLevel levelFilter = PublicParams.value("level", OrganisationLevel.class, level);
        String parentCode = PublicParams.code("parent", parent);
        String text = PublicParams.text("q", q);
        Comparator<PublicOrganisation> comparator = organisationOrder(sort);
        boolean ascending = PublicParams.ascending(order);
        List<PublicOrganisation> matching = portfolio.organisations().stream()
                .filter(organisation -> levelFilter == null || organisation.level() == levelFilter)
                .filter(organisation -> parentCode == null || parentCode.equals(organisation.parentCode()))
                .filter(organisation -> text == null || (organisation.code() + " " + organisation.name())
                        .toLowerCase().contains(text.strip().toLowerCase()))
                .toList();
        if (comparator != null) {
            matching = matching.stream().sorted(ascending ? comparator : comparator.reversed()).toList();
        }
        int from = (int) Math.min((long) pageNumber * pageSize, matching.size());
        return new Page<>(matching.subList(from, Math.min(from + pageSize, matching.size())), pageNumber, pageSize,
                matching.size());
    }

    @GetMapping("/organisations/{code}")
    @Operation(summary = "One organisation by its code")
    PublicOrganisation organisation(@PathVariable String code) {
        return portfolio.organisation(PublicParams.code("code", code));
    }

    @GetMapping("/projects")
    @Operation(summary = "The public projects (submitted at least once), filtered and sorted")
    Page<PublicProject> projects(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @Parameter(description = "an organisation code: its whole subtree") @RequestParam(required = false)
            String organisation,
            @RequestParam(required = false) String level, @RequestParam(required = false) String category,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String status,
            @Parameter(description = "words, each the beginning of a word of the code, title or (unless withheld) "
                    + "summary")
            @RequestParam(required = false) String q,
            @Parameter(description = "GREEN, YELLOW or RED") @RequestParam(required = false) String costColour,
            @Parameter(description = "GREEN, YELLOW or RED") @RequestParam(required = false) String scheduleColour,
            @Parameter(description = "1 (high risk) to 5 (low risk)") @RequestParam(required = false) String rating,
            @Parameter(description = "true: only stale projects") @RequestParam(required = false) String stale,
            @Parameter(description = "true: only projects projected to cost more than planned; false: the others")
            @RequestParam(required = false) String overBudget,
            @Parameter(description = "true: only projects projected to end later than planned; false: the others")
            @RequestParam(required = false) String late,
            @Parameter(description = "code (default), title, status, lifecycleCost, plannedStart, plannedEnd, "
                    + "costVariancePct, scheduleVarianceDays, rating, lastReportDate, updatedAt")
            @RequestParam(required = false) String sort, @RequestParam(required = false) String order,
            HttpServletRequest request) {
        int pageNumber = PublicParams.page(page);
        int pageSize = PublicParams.size(size);
        PublicProjectFilter filter = new PublicProjectFilter(PublicParams.code("organisation", organisation),
                PublicParams.value("level", OrganisationLevel.class, level),
                PublicParams.value("category", Category.class, category),
                PublicParams.value("tier", Tier.class, tier), PublicParams.value("status", ProjectStatus.class, status),
                PublicParams.text("q", q), PublicParams.value("costColour", VarianceColour.class, costColour),
                PublicParams.value("scheduleColour", VarianceColour.class, scheduleColour),
                PublicParams.rating(rating), PublicParams.bool("stale", stale),
                PublicParams.bool("overBudget", overBudget), PublicParams.bool("late", late));
        PublicProjectSort projectSort = sort == null ? PublicProjectSort.CODE : Arrays
                .stream(PublicProjectSort.values()).filter(candidate -> candidate.field().equals(sort)).findFirst()
                .orElseThrow(() -> new PublicQueryException("sort", "'" + sort + "' is not one of "
                        + PublicDataset.PROJECTS.sortFields()));
        PublicPortfolio.ProjectPage listed = portfolio.projectPage(filter, projectSort, PublicParams.ascending(order),
                pageNumber, pageSize);
        PublicAnswers.holdWhile(request, () -> portfolio.stillShows(listed.slice()));
        return listed.page();
    }

    @GetMapping("/projects/{code}")
    @Operation(summary = "Everything public about one project, by its code")
    PublicProjectDetail project(@PathVariable String code) {
        return portfolio.detail(PublicParams.code("code", code));
    }

    @GetMapping("/baselines")
    @Operation(summary = "Baselines of the public projects")
    Page<PublicBaseline> baselines(@RequestParam Map<String, String> params) {
        return list(PublicDataset.BASELINES, params);
    }

    @GetMapping("/baselines/{id}")
    PublicBaseline baseline(@PathVariable String id) {
        return one(PublicDataset.BASELINES, id);
    }

    @GetMapping("/change-requests")
    @Operation(summary = "Requests to change a baseline")
    Page<PublicChangeRequest> changeRequests(@RequestParam Map<String, String> params) {
        return list(PublicDataset.CHANGE_REQUESTS, params);
    }

    @GetMapping("/change-requests/{id}")
    PublicChangeRequest changeRequest(@PathVariable String id) {
        return one(PublicDataset.CHANGE_REQUESTS, id);
    }

    @GetMapping("/milestones")
    @Operation(summary = "Milestones, planned and actual")
    Page<PublicMilestone> milestones(@RequestParam Map<String, String> params) {
        return list(PublicDataset.MILESTONES, params);
    }

    @GetMapping("/milestones/{id}")
    PublicMilestone milestone(@PathVariable String id) {
        return one(PublicDataset.MILESTONES, id);
    }

    @GetMapping("/progress-reports")
    @Operation(summary = "Submitted progress reports, every version")
    Page<PublicProgressReport> progressReports(@RequestParam Map<String, String> params) {
        return list(PublicDataset.PROGRESS_REPORTS, params);
    }

    @GetMapping("/progress-reports/{id}")
    PublicProgressReport progressReport(@PathVariable String id) {
        return one(PublicDataset.PROGRESS_REPORTS, id);
    }

    @GetMapping("/ratings")
    @Operation(summary = "Monthly risk ratings")
    Page<PublicRating> ratings(@RequestParam Map<String, String> params) {
        return list(PublicDataset.RATINGS, params);
    }

    @GetMapping("/ratings/{id}")
    PublicRating rating(@PathVariable String id) {
        return one(PublicDataset.RATINGS, id);
    }

    @GetMapping("/standards")
    @Operation(summary = "The outcome of each standard for each project")
    Page<PublicStandardOutcome> standards(@RequestParam Map<String, String> params) {
        return list(PublicDataset.STANDARDS, params);
    }

    @GetMapping("/value-scores")
    @Operation(summary = "Value propositions and scores")
    Page<PublicValueScore> valueScores(@RequestParam Map<String, String> params) {
        return list(PublicDataset.VALUE_SCORES, params);
    }

    @GetMapping("/risks")
    @Operation(summary = "Risks (public view: cybersecurity details and owners withheld)")
    Page<PublicRisk> risks(@RequestParam Map<String, String> params) {
        return list(PublicDataset.RISKS, params);
    }

    @GetMapping("/risks/{id}")
    PublicRisk risk(@PathVariable String id) {
        return one(PublicDataset.RISKS, id);
    }

    @GetMapping("/decisions")
    @Operation(summary = "Review verdicts with their rationale")
    Page<PublicDecision> decisions(@RequestParam Map<String, String> params) {
        return list(PublicDataset.DECISIONS, params);
    }

    @GetMapping("/decisions/{id}")
    PublicDecision decision(@PathVariable String id) {
        return one(PublicDataset.DECISIONS, id);
    }

    @GetMapping("/lifecycle-steps")
    @Operation(summary = "Submissions, board decisions and other lifecycle steps")
    Page<PublicLifecycleStep> lifecycleSteps(@RequestParam Map<String, String> params) {
        return list(PublicDataset.LIFECYCLE_STEPS, params);
    }

    @GetMapping("/lifecycle-steps/{id}")
    PublicLifecycleStep lifecycleStep(@PathVariable String id) {
        return one(PublicDataset.LIFECYCLE_STEPS, id);
    }

    @GetMapping("/kpis")
    @Operation(summary = "KPIs with their latest measurement and whether the target is met")
    Page<PublicKpi> kpis(@RequestParam Map<String, String> params) {
        return list(PublicDataset.KPIS, params);
    }

    @GetMapping("/kpis/{id}")
    PublicKpi kpi(@PathVariable String id) {
        return one(PublicDataset.KPIS, id);
    }

    @GetMapping("/kpi-measurements")
    @Operation(summary = "Every KPI measurement")
    Page<PublicKpiMeasurement> kpiMeasurements(@RequestParam Map<String, String> params) {
        return list(PublicDataset.KPI_MEASUREMENTS, params);
    }

    @GetMapping("/kpi-measurements/{id}")
    PublicKpiMeasurement kpiMeasurement(@PathVariable String id) {
        return one(PublicDataset.KPI_MEASUREMENTS, id);
    }

    @GetMapping("/ux-measures")
    @Operation(summary = "User-experience measures per month")
    Page<PublicUxMeasure> uxMeasures(@RequestParam Map<String, String> params) {
        return list(PublicDataset.UX_MEASURES, params);
    }

    @GetMapping("/ux-measures/{id}")
    PublicUxMeasure uxMeasure(@PathVariable String id) {
        return one(PublicDataset.UX_MEASURES, id);
    }

    @GetMapping("/procurement")
    @Operation(summary = "Procurement strategies")
    Page<PublicProcurement> procurement(@RequestParam Map<String, String> params) {
        return list(PublicDataset.PROCUREMENT, params);
    }

    @GetMapping("/contracts")
    @Operation(summary = "Contracts")
    Page<PublicContract> contracts(@RequestParam Map<String, String> params) {
        return list(PublicDataset.CONTRACTS, params);
    }

    @GetMapping("/contracts/{id}")
    PublicContract contract(@PathVariable String id) {
        return one(PublicDataset.CONTRACTS, id);
    }

    @GetMapping("/closures")
    @Operation(summary = "Closures of completed projects")
    Page<PublicClosure> closures(@RequestParam Map<String, String> params) {
        return list(PublicDataset.CLOSURES, params);
    }

    @GetMapping("/algorithmic-transparency")
    @Operation(summary = "Algorithmic transparency records")
    Page<PublicTransparency> transparency(@RequestParam Map<String, String> params) {
        return list(PublicDataset.TRANSPARENCY, params);
    }

    @GetMapping("/{dataset}.csv")
    @Operation(summary = "A whole dataset as CSV (UTF-8, header row), streamed; see datapackage.json for its schema")
    void csv(@PathVariable String dataset, HttpServletResponse response) throws IOException {
        PublicDataset<?> named = datasetNamed(dataset);
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + named.name() + ".csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                CSV_BUFFER);
        openData.writeCsv(named, out);
        out.flush();
    }

    @GetMapping(value = "/datapackage.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The Frictionless data package: a table schema for each CSV, licence CC BY 4.0")
    Map<String, Object> dataPackage() {
        return openData.dataPackage(version.current().lastModified());
    }

    @GetMapping(value = "/catalog.jsonld", produces = "application/ld+json")
    @Operation(summary = "The DCAT catalogue of the datasets, in JSON-LD")
    Map<String, Object> catalogue() {
        return openData.catalogue(apiBase(), version.current().lastModified());
    }

    @GetMapping(value = "/feed.atom", produces = "application/atom+xml")
    @Operation(summary = "Atom feed of public changes: submissions, decisions, ratings, reports")
    String feed() {
        return feed.atom(apiBase());
    }

    @GetMapping("/snapshots")
    @Operation(summary = "The quarterly snapshots, newest first, with their SHA-256 checksums and sizes")
    List<Snapshot> snapshots() {
        return snapshots.list();
    }

    @GetMapping("/snapshots/{quarter}.zip")
    @Operation(summary = "A quarterly snapshot: every dataset's CSV and the data package, never changed")
    void snapshot(@PathVariable String quarter, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Quarter which = Quarter.parse(quarter);
        Snapshot snapshot = snapshots.find(which).orElseThrow(() -> new NotFoundException("SNAPSHOT", quarter));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
        if (new ServletWebRequest(request, response).checkNotModified("\"" + snapshot.sha256() + "\"")) {
            return;
        }
        response.setContentType("application/zip");
        response.setContentLengthLong(snapshot.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + snapshot.fileName() + "\"");
        snapshots.write(which, response.getOutputStream());
    }

    @RequestMapping("/**")
    ResponseEntity<Void> unknown() {
        throw new NotFoundException("PUBLIC_RESOURCE", "");
    }

    private <T> Page<T> list(PublicDataset<T> dataset, Map<String, String> params) {
        DatasetQuery query = new DatasetQuery(PublicParams.code("project", params.get("project")),
                PublicParams.code("organisation", params.get("organisation")), PublicParams.text("sort",
                params.get("sort")), PublicParams.ascending(params.get("order")));
        return portfolio.list(dataset, query, PublicParams.page(params.get("page")), PublicParams.size(params.get("size")));
    }

    private <T> T one(PublicDataset<T> dataset, String id) {
        return portfolio.get(dataset, PublicParams.id("id", id));
    }

    private static PublicDataset<?> datasetNamed(String name) {
        return PublicDataset.ALL.stream().filter(dataset -> dataset.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("DATASET", name));
    }

    private static @Nullable Comparator<PublicOrganisation> organisationOrder(@Nullable String sort) {
        if (sort == null) {
            return null;
        }
        Map<String, Comparator<PublicOrganisation>> orders = Map.of(
                "code", Comparator.comparing(PublicOrganisation::code),
                "name", Comparator.comparing(PublicOrganisation::name),
                "subtreeInvestment", Comparator.comparing(PublicOrganisation::subtreeInvestment));
        Comparator<PublicOrganisation> order = orders.get(sort);
        if (order == null) {
            throw new PublicQueryException("sort", "'" + sort + "' is not one of " + new TreeSet<>(orders.keySet()));
        }
        return order;
    }

    private static String apiBase() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).build().toUriString();
    }
}
