package org.tablero.demo;

import static org.tablero.demo.DemoBackdating.at;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.tablero.approval.Verdict;
import org.tablero.identity.SystemTask;
import org.tablero.identity.TableroUser;
import org.tablero.monitoring.BaselineService;
import org.tablero.monitoring.Confidence;
import org.tablero.monitoring.Milestone;
import org.tablero.monitoring.MilestoneDate;
import org.tablero.monitoring.MilestoneInput;
import org.tablero.monitoring.MilestoneService;
import org.tablero.monitoring.ProgressReport;
import org.tablero.monitoring.ProgressReportInput;
import org.tablero.monitoring.ProgressReportService;
import org.tablero.monitoring.RatingService;
import org.tablero.monitoring.RebaselineInput;
import org.tablero.monitoring.RebaselineOutcome;
import org.tablero.monitoring.RiskRating;
import org.tablero.monitoring.VarianceColour;
import org.tablero.project.Project;
import org.tablero.project.ProjectStatus;

/**
 * The delivery side of the demo portfolio: every project's milestones, and for each project that has started
 * the months of its {@link Story}: the owner's monthly progress reports, the digital authority's monthly ratings
 * and the baseline changes, all through the real services so that the variance, the current figures and the
 * staleness come from the real rules. Runs as the owner (the demo's admin acting as an officer).
 */
@Component
class DemoDelivery {

    /** The authority rates at most the last year of a project's history. */
    private static final int RATED_MONTHS = 12;

    private final MilestoneService milestones;
    private final ProgressReportService reports;
    private final RatingService ratings;
    private final BaselineService baselines;
    private final DemoBackdating backdating;

    DemoDelivery(MilestoneService milestones, ProgressReportService reports, RatingService ratings,
            BaselineService baselines, DemoBackdating backdating) {
        this.milestones = milestones;
        this.reports = reports;
        this.ratings = ratings;
        this.baselines = baselines;
        this.backdating = backdating;
    }

    /** 3 to 6 milestones spread over the plan, the last on its planned end; saved while the project is a draft. */
    void plan(Project project, DemoLanguage language) {
        List<String> names = language.milestones();
        int count = 3 + (int) (project.id() % 4);
        long days = ChronoUnit.DAYS.between(project.plannedStart(), project.plannedEnd());
        List<MilestoneInput> plan = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String name = names.get(Math.round(k * (names.size() - 1f) / (count - 1)));
            plan.add(new MilestoneInput(name, project.plannedStart().plusDays(days * (k + 1) / count)));
        }
        milestones.save(project.id(), plan);
    }

    /**
     * Files the history of a project in execution, up to its latest report; a project that is to be put on hold
     * or closed is still in execution here, since reports are filed only then.
     *
     * @return the percent complete reported for each month, from the first report to the latest
     */
    SortedMap<YearMonth, Integer> deliver(Project project, Story story, DemoLanguage language,
            Function<String, TableroUser> accounts) {
        return new History(project, story, language, accounts.apply("authority"), accounts.apply("budget")).file();
    }

    /** One project's months, with the figures its owner carries from one month to the next. */
    private final class History {

        private final Project project;
        private final Story story;
        private final DemoLanguage language;
        private final TableroUser authority;
        private final TableroUser budget;
        private final YearMonth first;
        private final int months;
        /** The month (counted from the first report) of the story's twist; -1 when it has none. */
        private final int twist;
        private final int day;
        private final Map<Long, Instant> filed = new LinkedHashMap<>();
        private final Map<Long, Instant> rated = new LinkedHashMap<>();
        private final Set<Long> reached = new HashSet<>();
        private final SortedMap<YearMonth, Integer> progress = new TreeMap<>();
        private List<Milestone> plan;
        private BigDecimal baselineCost;
        private LocalDate baselineEnd;
        private BigDecimal spend = BigDecimal.ZERO;
        private int percent;
        private int rating;

        History(Project project, Story story, DemoLanguage language, TableroUser authority, TableroUser budget) {
            this.project = project;
            this.story = story;
            this.language = language;
            this.authority = authority;
            this.budget = budget;
            YearMonth loadMonth = YearMonth.now();
            first = story.firstReported(loadMonth);
            months = (int) first.until(story.lastReported(loadMonth), ChronoUnit.MONTHS) + 1;
            twist = switch (story.twist()) {
                case NONE -> -1;
                case CORRECTION -> months * 2 / 3;
                case REBASELINE -> months / 2;
                case CHANGE_APPROVED -> months * 3 / 5;
                case CHANGE_OPEN -> months - 1;
            };
            // each organisation files and rates on its own day of the month
            day = (int) (project.id() % 5);
            baselineCost = project.lifecycleCost();
            baselineEnd = project.plannedEnd();
        }

        SortedMap<YearMonth, Integer> file() {
            backdating.execution(project.id(), at(project.plannedStart().minusDays(20), 12), project.plannedStart());
            plan = milestones.milestones(project.id());
            for (int k = 0; k < months; k++) {
                YearMonth month = first.plusMonths(k);
                ProgressReport report = report(k, month);
                if (k == twist) {
                    twist(month, report);
                }
                if (k >= months - RATED_MONTHS) {
                    rate(month, report);
                }
            }
            if (story.status() == ProjectStatus.IN_EXECUTION) {
                YearMonth lastReported = first.plusMonths(months - 1);
                for (int quiet = 1; quiet <= story.quietMonths(); quiet++) {
                    give(lastReported.plusMonths(quiet), Math.max(1, rating - 1), language.text("rating-silent",
                            lastReported.format(DateTimeFormatter.ofPattern("MMMM 'de' yyyy", language.locale()))));
                }
            }
            backdating.reports(filed);
            backdating.ratings(project.id(), rated);
            return progress;
        }

        /**
         * The month's report: cost and end drift towards the story's figures, spend follows an S-curve over the
         * projected duration, milestones are reached on their planned dates moved by the slip at the time.
         */
        private ProgressReport report(int k, YearMonth month) {
            boolean complete = story.status() == ProjectStatus.COMPLETED && k == months - 1;
            BigDecimal projectedCost = projectedCost(k);
            LocalDate projectedEnd = projectedEnd(k);
            double elapsed = (YearMonth.from(project.plannedStart()).until(month, ChronoUnit.MONTHS) + 1.0)
                    / (story.plannedMonths() + slip(k));
            double share = sCurve(Math.min(1, elapsed));
            spend = spend.max(amount(projectedCost.doubleValue() * share));
            percent = Math.max(percent, Math.min(99, (int) Math.round(share * 100)));
            if (complete) {
                spend = projectedCost;
                percent = 100;
            }
            List<MilestoneDate> dates = new ArrayList<>();
            List<String> newlyReached = new ArrayList<>();
            for (Milestone milestone : plan) {
                LocalDate actual = actualDate(milestone);
                if (complete || !actual.isAfter(month.atEndOfMonth())) {
                    dates.add(new MilestoneDate(milestone.id(), actual));
                    if (reached.add(milestone.id())) {
                        newlyReached.add(milestone.name());
                    }
                }
            }
            ProgressReportInput input = new ProgressReportInput(month, spend, projectedCost, projectedEnd,
                    BigDecimal.valueOf(percent), complete, complete ? projectedEnd : null,
                    confidence(projectedCost, projectedEnd), narrative(complete, projectedCost, projectedEnd,
                            newlyReached), dates);
            ProgressReport report = reports.file(project.id(), input);
            filed.put(report.id(), filedOn(month));
            progress.put(month, percent);
            return report;
        }

        /** The share of the story's final drift reached by month k: it grows slowly, then faster. */
        private double drift(int k) {
            boolean replanned = story.twist() == Story.Twist.REBASELINE
                    || story.twist() == Story.Twist.CHANGE_APPROVED;
            int fullAt = replanned ? twist : months - 1;
            double share = Math.min(1, (k + 1.0) / (fullAt + 1));
            return share * share;
        }

        private int slip(int k) {
            return (int) Math.round(story.slipMonths() * drift(k));
        }

        private BigDecimal projectedCost(int k) {
            return amount(project.lifecycleCost().doubleValue() * (1 + story.overrunPercent() / 100.0 * drift(k)));
        }

        private LocalDate projectedEnd(int k) {
            return YearMonth.from(project.plannedEnd()).plusMonths(slip(k)).atEndOfMonth();
        }

        /** The planned date moved by the slip forecast when it was due, give or take a few days. */
        private LocalDate actualDate(Milestone milestone) {
            long due = first.until(YearMonth.from(milestone.plannedDate()), ChronoUnit.MONTHS);
            int k = (int) Math.max(0, Math.min(months - 1, due));
            LocalDate actual = milestone.plannedDate().plusMonths(slip(k)).plusDays(milestone.id() % 7 - 3);
            if (actual.isBefore(project.plannedStart())) {
                actual = project.plannedStart();
            }
            if (story.status() == ProjectStatus.COMPLETED) {
                LocalDate end = projectedEnd(months - 1);
                boolean last = milestone.position() == plan.size();
                actual = last || actual.isAfter(end) ? end : actual;
            }
            return actual;
        }

        /** The owner's confidence tracks the larger of the two drifts from the current baseline. */
        private Confidence confidence(BigDecimal projectedCost, LocalDate projectedEnd) {
            double cost = Math.abs(projectedCost.doubleValue() / baselineCost.doubleValue() - 1) * 100;
            double schedule = Math.max(0, ChronoUnit.DAYS.between(baselineEnd, projectedEnd)) * 100.0
                    / ChronoUnit.DAYS.between(project.plannedStart(), baselineEnd);
            double worst = Math.max(cost, schedule);
            return worst < 5 ? Confidence.HIGH : worst < 10 ? Confidence.MEDIUM_HIGH
                    : worst < 20 ? Confidence.MEDIUM : worst < 30 ? Confidence.MEDIUM_LOW : Confidence.LOW;
        }

        private String narrative(boolean complete, BigDecimal projectedCost, LocalDate projectedEnd,
                List<String> newlyReached) {
            StringBuilder text = new StringBuilder(language.text(complete ? "phase-done"
                    : percent < 15 ? "phase-start" : percent < 50 ? "phase-build"
                    : percent < 80 ? "phase-pilot" : "phase-rollout"));
            text.append(' ').append(language.text("progress", percent, spend));
            boolean overBudget = projectedCost.doubleValue() > baselineCost.doubleValue() * 1.05;
            boolean late = projectedEnd.isAfter(baselineEnd);
            if (!complete) {
                if (overBudget) {
                    text.append(' ').append(language.text("over-budget"));
                }
                if (late) {
                    text.append(' ').append(language.text("late"));
                }
                if (!overBudget && !late) {
                    text.append(' ').append(language.text("on-track"));
                }
            }
            newlyReached.forEach(name -> text.append(' ').append(language.text("milestone", name)));
            return text.toString();
        }

        private void twist(YearMonth month, ProgressReport report) {
            if (story.twist() == Story.Twist.CORRECTION) {
                BigDecimal corrected = amount(report.spendToDate().doubleValue() * 1.03);
                ProgressReport correction = reports.correct(project.id(), new ProgressReportInput(report.period(),
                        corrected, report.projectedCost(), report.projectedEnd(), report.percentComplete(),
                        report.completed(), report.actualEnd(), report.confidence(), report.narrative(),
                        report.milestones()), language.text("correction"));
                filed.put(correction.id(), at(filedOn(month), Duration.ofDays(6)));
                spend = corrected;
                return;
            }
            boolean withinTolerance = story.twist() == Story.Twist.REBASELINE;
            RebaselineOutcome outcome = baselines.rebaseline(project.id(), new RebaselineInput(
                    report.projectedCost(), report.projectedEnd(),
                    language.text(withinTolerance ? "rebaseline" : "change-request")));
            if (outcome.needsReview() == withinTolerance) {
                throw new IllegalStateException("the demo story of " + project.code() + " expects a rebaseline "
                        + (withinTolerance ? "within" : "beyond") + " the tolerance");
            }
            Instant asked = at(filedOn(month), Duration.ofDays(3));
            if (withinTolerance) {
                backdating.baseline(project.id(), outcome.baseline().number(), asked);
            } else {
                long request = outcome.changeRequest().id();
                backdating.changeRequestOpened(request, asked);
                if (story.twist() == Story.Twist.CHANGE_OPEN) {
                    return;
                }
                as(authority, () -> baselines.review(request, Verdict.ENDORSE, language.text("change-authority")));
                as(budget, () -> baselines.review(request, Verdict.ENDORSE, language.text("change-budget")));
                Instant decided = at(asked, Duration.ofDays(9));
                backdating.changeRequestDecided(request, decided);
                backdating.baseline(project.id(), baselines.baselines(project.id()).getLast().number(), decided);
            }
            baselineCost = report.projectedCost();
            baselineEnd = report.projectedEnd();
        }

        /** The authority's rating follows the worse of the two variance colours, and the owner's confidence. */
        private void rate(YearMonth month, ProgressReport report) {
            VarianceColour cost = report.costVariance().colour();
            VarianceColour schedule = report.scheduleVariance().colour();
            VarianceColour worse = cost.compareTo(schedule) >= 0 ? cost : schedule;
            int value = switch (worse) {
                case GREEN -> report.confidence() == Confidence.HIGH ? 5 : 4;
                case YELLOW -> 3;
                case RED -> cost == schedule ? 1 : 2;
            };
            give(month, value, language.text("rating-" + value) + language.text("rating-figures",
                    report.costVariance().percent(), report.scheduleVariance().days()));
        }

        private void give(YearMonth month, int value, String comment) {
            RiskRating given = as(authority, () -> ratings.rate(project.id(), value, comment));
            rated.put(given.id(), at(month.plusMonths(1).atDay(12 + day), 16));
            rating = value;
        }

        /** The report of a month is filed in the first days of the next. */
        private Instant filedOn(YearMonth month) {
            return at(month.plusMonths(1).atDay(3 + day), 11);
        }
    }

    /** smoothstep: slow start, fast middle, slow finish, as the spend of a project usually goes. */
    private static double sCurve(double t) {
        return t * t * (3 - 2 * t);
    }

    /** Whole hundreds, as a finance office reports. */
    static BigDecimal amount(double value) {
        return BigDecimal.valueOf(Math.round(value / 100) * 100L).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static <T> T as(TableroUser user, Supplier<T> task) {
        List<T> result = new ArrayList<>(1);
        SystemTask.runAs(user, () -> result.add(task.get()));
        return result.getFirst();
    }
}
