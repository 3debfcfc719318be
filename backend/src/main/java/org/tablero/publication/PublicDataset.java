package org.tablero.publication;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One public dataset: its name in every address (API path, CSV file, data package resource), its description,
 * the record each row is, its primary key and its references to other datasets (record field names).
 */
public final class PublicDataset<T> {

    public static final PublicDataset<PublicOrganisation> ORGANISATIONS = new PublicDataset<>("organisations",
            "Organisations", "The organisation tree with the number and lifecycle cost of the public projects of each "
                    + "organisation and of its whole subtree.",
            PublicOrganisation.class, null, List.of("code"), Map.of("parentCode", "organisations.code"));
    public static final PublicDataset<PublicProject> PROJECTS = new PublicDataset<>("projects", "Projects",
            "Every project submitted at least once, with its classification, cost, dates, current baseline, "
                    + "variance, rating and staleness.",
            PublicProject.class, PublicSources.PROJECTS, List.of("code"),
            Map.of("organisationCode", "organisations.code"));
    public static final PublicDataset<PublicBaseline> BASELINES = child("baselines", "Baselines",
            "Every approved plan of each project: number 1 at approval, one more for each rebaseline.",
            PublicBaseline.class, PublicSources.BASELINES);
    public static final PublicDataset<PublicChangeRequest> CHANGE_REQUESTS = child("change-requests",
            "Baseline change requests", "Requests to change a baseline beyond the tolerance, and their outcome.",
            PublicChangeRequest.class, PublicSources.CHANGE_REQUESTS);
    public static final PublicDataset<PublicMilestone> MILESTONES = child("milestones", "Milestones",
            "Planned milestones and the actual dates the submitted progress reports give.", PublicMilestone.class,
            PublicSources.MILESTONES);
    public static final PublicDataset<PublicProgressReport> PROGRESS_REPORTS = child("progress-reports",
            "Progress reports", "Every submitted monthly progress report, corrections included, with its computed "
                    + "cost and schedule variance (US Federal IT Dashboard conventions).",
            PublicProgressReport.class, PublicSources.PROGRESS_REPORTS);
    public static final PublicDataset<PublicRating> RATINGS = child("ratings", "Risk ratings",
            "The digital authority's monthly risk ratings, 5 low risk to 1 high risk, with comments.",
            PublicRating.class, PublicSources.RATINGS);
    public static final PublicDataset<PublicStandardOutcome> STANDARDS = new PublicDataset<>("standards",
            "Standards outcomes", "The outcome of each digital standard for each project: self-assessment, "
                    + "reviewer's judgement, waiver.",
            PublicStandardOutcome.class, PublicSources.STANDARDS, List.of("projectCode", "standardCode"),
            Map.of("projectCode", "projects.code"));
    public static final PublicDataset<PublicValueScore> VALUE_SCORES = new PublicDataset<>("value-scores",
            "Value propositions", "Each project's value score, dimension scores, economic figures and the texts "
                    + "behind them.",
            PublicValueScore.class, PublicSources.VALUE_SCORES, List.of("projectCode"),
            Map.of("projectCode", "projects.code"));
    public static final PublicDataset<PublicRisk> RISKS = child("risks", "Risks",
            "The risk registers. Cybersecurity risks keep their levels public and their description and mitigation "
                    + "withheld; risk owners are withheld as personal data.",
            PublicRisk.class, PublicSources.RISKS);
    public static final PublicDataset<PublicDecision> DECISIONS = child("decisions", "Review decisions",
            "Every authority's verdict in every review round, with its rationale; reviewers by role and organisation.",
            PublicDecision.class, PublicSources.DECISIONS);
    public static final PublicDataset<PublicLifecycleStep> LIFECYCLE_STEPS = child("lifecycle-steps",
            "Lifecycle steps", "Submissions, board decisions (with their rationale), starts, holds, closures and "
                    + "cancellations.",
            PublicLifecycleStep.class, PublicSources.LIFECYCLE_STEPS);
    public static final PublicDataset<PublicKpi> KPIS = child("kpis", "Key performance indicators",
            "Each project's KPIs with baseline, target, direction, latest measurement and whether it meets the target.",
            PublicKpi.class, PublicSources.KPIS);
    public static final PublicDataset<PublicKpiMeasurement> KPI_MEASUREMENTS = new PublicDataset<>(
            "kpi-measurements", "KPI measurements", "Every measurement of every KPI.", PublicKpiMeasurement.class,
            PublicSources.KPI_MEASUREMENTS, List.of("id"), Map.of("kpiId", "kpis.id", "projectCode", "projects.code"));
    public static final PublicDataset<PublicUxMeasure> UX_MEASURES = child("ux-measures", "User-experience measures",
            "User satisfaction, completion rate, digital take-up and cost per transaction, per project and month.",
            PublicUxMeasure.class, PublicSources.UX_MEASURES);
    public static final PublicDataset<PublicProcurement> PROCUREMENT = new PublicDataset<>("procurement",
            "Procurement strategies", "How each project buys what it needs, joint procurement, and why.",
            PublicProcurement.class, PublicSources.PROCUREMENT, List.of("projectCode"),
            Map.of("projectCode", "projects.code"));
    public static final PublicDataset<PublicContract> CONTRACTS = child("contracts", "Contracts",
            "Contracts signed for each project, with supplier, value, dates and OCDS identifier.",
            PublicContract.class, PublicSources.CONTRACTS);
    public static final PublicDataset<PublicClosure> CLOSURES = new PublicDataset<>("closures", "Closures",
            "Benefits realised against the value proposition, and lessons learned, of completed projects.",
            PublicClosure.class, PublicSources.CLOSURES, List.of("projectCode"), Map.of("projectCode", "projects.code"));
    public static final PublicDataset<PublicTransparency> TRANSPARENCY = new PublicDataset<>(
            "algorithmic-transparency", "Algorithmic transparency records",
            "Purpose, data used and human oversight of each project that uses AI.", PublicTransparency.class,
            PublicSources.TRANSPARENCY, List.of("projectCode"), Map.of("projectCode", "projects.code"));

    /** Every dataset, in the order the data package lists them (referenced datasets first). */
    public static final List<PublicDataset<?>> ALL = List.of(ORGANISATIONS, PROJECTS, BASELINES, CHANGE_REQUESTS,
            MILESTONES, PROGRESS_REPORTS, RATINGS, STANDARDS, VALUE_SCORES, RISKS, DECISIONS, LIFECYCLE_STEPS, KPIS,
            KPI_MEASUREMENTS, UX_MEASURES, PROCUREMENT, CONTRACTS, CLOSURES, TRANSPARENCY);

    private final String name;
    private final String title;
    private final String description;
    private final Class<T> type;
    private final @Nullable Source<T> source;
    private final List<String> primaryKey;
    private final Map<String, String> foreignKeys;

    private PublicDataset(String name, String title, String description, Class<T> type, @Nullable Source<T> source,
            List<String> primaryKey, Map<String, String> foreignKeys) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.type = type;
        this.source = source;
        this.primaryKey = primaryKey;
        this.foreignKeys = foreignKeys;
    }

    /** A dataset of a project's items, each with its own id. */
    private static <T> PublicDataset<T> child(String name, String title, String description, Class<T> type,
            Source<T> source) {
        return new PublicDataset<>(name, title, description, type, source, List.of("id"),
                Map.of("projectCode", "projects.code"));
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Class<T> type() {
        return type;
    }

    /** Record fields that make a row unique. */
    public List<String> primaryKey() {
        return primaryKey;
    }

    /** Record field → "dataset.field" it refers to. */
    public Map<String, String> foreignKeys() {
        return foreignKeys;
    }

    /** The record fields the list can be sorted by. */
    public Set<String> sortFields() {
        return source == null ? Set.of("code", "name", "subtreeInvestment") : new TreeSet<>(source.sorts().keySet());
    }

    /** Whether single records are read by a numeric id. */
    public boolean hasId() {
        return source != null && source.id() != null;
    }

    @Nullable Source<T> source() {
        return source;
    }

    @Override
    public String toString() {
        return name;
    }
}
