package org.tablero.monitoring.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.tablero.common.Validation;
import org.tablero.project.ProjectStatus;

/**
 * The rules of a project's results that need no database: when KPIs, measurements and the closure may be
 * recorded, what is valid input, and the figures computed from it.
 */
public final class ResultsRules {

    public static final int MAX_NAME = 300;
    public static final int MAX_UNIT = 40;
    public static final int MAX_NOTE = 1000;
    /** The closure's texts are TEXT columns, kept to this length as the value proposition's are. */
    public static final int MAX_TEXT = 4000;

    public static final String VALUE_FORMAT = "kpi.value-format";
    public static final String TARGET_DIRECTION = "kpi.target-direction";
    public static final String MEASUREMENT_DATE_TAKEN = "kpi.measurement-date-taken";
    public static final String HAS_MEASUREMENTS = "kpi.has-measurements";
    public static final String IN_FUTURE = "results.in-future";
    public static final String NOT_NEGATIVE = "results.not-negative";
    public static final String PERCENT = "results.percent";
    public static final String AMOUNT = "results.amount";
    public static final String PERIOD_FIRST_DAY = "ux.period-first-day";
    public static final String PERIOD_TAKEN = "ux.period-taken";
    public static final String SATISFIED_ABOVE_RESPONSES = "ux.satisfied-above-responses";
    public static final String CLOSURE_RECORDED = "closure.already-recorded";

    /** KPI values are DECIMAL(19,4): at most 15 digits before the decimal point and 4 after. */
    private static final int VALUE_SCALE = 4;
    private static final BigDecimal VALUE_LIMIT = BigDecimal.TEN.pow(15);
    /** Amounts are DECIMAL(19,2): at most 17 digits before the decimal point. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999.99");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /** KPIs are part of the plan: the owner keeps them while drafting and from approval until the project ends. */
    private static final Set<ProjectStatus> KPIS_EDITABLE = EnumSet.of(ProjectStatus.DRAFT, ProjectStatus.RETURNED,
            ProjectStatus.APPROVED, ProjectStatus.IN_EXECUTION, ProjectStatus.ON_HOLD);
    /** There is something to measure once the project is executed, and still after it is completed. */
    private static final Set<ProjectStatus> MEASURABLE = EnumSet.of(ProjectStatus.IN_EXECUTION,
            ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED);
    private static final Set<ProjectStatus> CLOSABLE = EnumSet.of(ProjectStatus.IN_EXECUTION,
            ProjectStatus.COMPLETED);

    private ResultsRules() {}

    public static boolean kpisEditable(ProjectStatus status) {
        return KPIS_EDITABLE.contains(status);
    }

    public static boolean measurable(ProjectStatus status) {
        return MEASURABLE.contains(status);
    }

    public static boolean closable(ProjectStatus status) {
        return CLOSABLE.contains(status);
    }

    /** A target on the wrong side of the baseline for the direction is refused; equal to it is fine (keep a level). */
    public static Validation validate(KpiInput input) {
        Validation validation = new Validation()
                .requireText("name", input.name(), MAX_NAME)
                .requireText("unit", input.unit(), MAX_UNIT)
                .requirePresent("baselineValue", input.baselineValue())
                .requirePresent("targetValue", input.targetValue())
                .requirePresent("targetDate", input.targetDate())
                .requirePresent("direction", input.direction());
        checkValue(validation, "baselineValue", input.baselineValue());
        checkValue(validation, "targetValue", input.targetValue());
        if (input.direction() != null && !validation.hasProblemWith("baselineValue")
                && !validation.hasProblemWith("targetValue")) {
            validation.check(input.direction().reaches(input.targetValue(), input.baselineValue()), "targetValue",
                    TARGET_DIRECTION);
        }
        return validation;
    }

    public static Validation validate(KpiMeasurementInput input, LocalDate today) {
        Validation validation = new Validation()
                .requirePresent("measuredOn", input.measuredOn())
                .requirePresent("value", input.value())
                .optionalText("note", input.note(), MAX_NOTE);
        checkValue(validation, "value", input.value());
        if (input.measuredOn() != null) {
            validation.check(!input.measuredOn().isAfter(today), "measuredOn", IN_FUTURE);
        }
        return validation;
    }

    /** A period must be the first day of a month that has begun; it is refused, not moved to the first day. */
    public static Validation validate(UxMeasurementInput input, LocalDate today) {
        Validation validation = new Validation()
                .requirePresent("period", input.period())
                .requirePresent("satisfiedResponses", input.satisfiedResponses())
                .requirePresent("responses", input.responses());
        if (input.period() != null) {
            validation.check(input.period().getDayOfMonth() == 1, "period", PERIOD_FIRST_DAY);
            validation.check(!input.period().isAfter(today.withDayOfMonth(1)), "period", IN_FUTURE);
        }
        if (input.satisfiedResponses() != null) {
            validation.check(input.satisfiedResponses() >= 0, "satisfiedResponses", NOT_NEGATIVE);
        }
        if (input.responses() != null) {
            validation.check(input.responses() >= 0, "responses", NOT_NEGATIVE);
        }
        if (input.satisfiedResponses() != null && input.responses() != null && input.responses() >= 0) {
            validation.check(input.satisfiedResponses() <= input.responses(), "satisfiedResponses",
                    SATISFIED_ABOVE_RESPONSES);
        }
        checkPercent(validation, "completionRate", input.completionRate());
        checkPercent(validation, "digitalTakeUp", input.digitalTakeUp());
        if (input.costPerTransaction() != null) {
            validation.check(isAmount(input.costPerTransaction()), "costPerTransaction", AMOUNT);
        }
        return validation;
    }

    public static Validation validate(ClosureInput input) {
        Validation validation = new Validation()
                .requirePresent("realisedBenefits", input.realisedBenefits())
                .requireText("benefitsSummary", input.benefitsSummary(), MAX_TEXT)
                .requireText("lessonsLearned", input.lessonsLearned(), MAX_TEXT);
        if (input.realisedBenefits() != null) {
            validation.check(isAmount(input.realisedBenefits()), "realisedBenefits", AMOUNT);
        }
        return validation;
    }

    /**
     * How far the latest value has come from the baseline towards the target: (latest − baseline) / (target −
     * baseline), limited to 0..1 and cut (not rounded) to four decimals, so that 1 means the target is reached.
     * When target and baseline are equal (a level to keep) it is 1 if the target is reached, else 0.
     *
     * @return null when there is no latest value
     */
    public static BigDecimal progress(KpiDirection direction, BigDecimal baseline, BigDecimal target,
            BigDecimal latest) {
        if (latest == null) {
            return null;
        }
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            return (direction.reaches(latest, target) ? BigDecimal.ONE : BigDecimal.ZERO).setScale(VALUE_SCALE);
        }
        BigDecimal fraction = latest.subtract(baseline).divide(span, VALUE_SCALE, RoundingMode.DOWN);
        return fraction.max(BigDecimal.ZERO.setScale(VALUE_SCALE)).min(BigDecimal.ONE.setScale(VALUE_SCALE));
    }

    /** User satisfaction: satisfied responses as a percent of all responses, two decimals; null without any. */
    public static BigDecimal satisfaction(int satisfiedResponses, int responses) {
        return percent(BigDecimal.valueOf(satisfiedResponses), BigDecimal.valueOf(responses));
    }

    /** {@code part} as a percent of {@code whole}, rounded half up to two decimals; null when whole is 0 or null. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static void checkValue(Validation validation, String field, BigDecimal value) {
        if (value != null) {
            validation.check(value.stripTrailingZeros().scale() <= VALUE_SCALE
                    && value.abs().compareTo(VALUE_LIMIT) < 0, field, VALUE_FORMAT);
        }
    }

    private static void checkPercent(Validation validation, String field, BigDecimal percent) {
        if (percent != null) {
            validation.check(percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0
                    && percent.stripTrailingZeros().scale() <= 2, field, PERCENT);
        }
    }

    /** Zero or more, exact to the cent (trailing zeros beyond the cents are fine), and fits DECIMAL(19,2). */
    private static boolean isAmount(BigDecimal amount) {
        return amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(MAX_AMOUNT) <= 0;
    }
}
