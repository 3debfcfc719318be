package org.tablero.assessment.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tablero.common.FieldProblem;
import org.tablero.common.Validation;

/** The rules of the value proposition that need no database: validation, completeness and the value score. */
public final class ValueRules {

    /** The field name of every problem a submission reports about the value proposition. */
    public static final String SUBMISSION_FIELD = "value";
    /** What blocks the budget office from endorsing an incomplete value proposition. */
    public static final String INCOMPLETE = "value.incomplete";

    public static final int MAX_TEXT = 4000;
    public static final int MAX_NAME = 300;
    public static final int MAX_CODE = 40;
    public static final long MAX_PEOPLE_REACHED = 10_000_000_000L;
    /** Amounts are DECIMAL(19,2): at most 17 digits before the decimal point. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999.99");
    public static final BigDecimal MAX_DISCOUNT_RATE = BigDecimal.ONE;
    public static final BigDecimal MAX_WEIGHT = new BigDecimal("100");
    /** Discount rates are kept as DECIMAL(9,6), weights with up to 4 decimals. */
    static final int RATE_SCALE = 6;
    static final int WEIGHT_SCALE = 4;
    static final int VALUE_SCORE_SCALE = 2;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    private ValueRules() {}

    /**
     * Collects every problem of what the owner typed; the caller adds those that need the database (unknown
     * objectives).
     */
    public static Validation validate(ValuePropositionInput input, int plannedStartYear, int plannedEndYear) {
        Validation validation = new Validation();
        validateYears(input.years(), plannedStartYear, plannedEndYear, validation);
        validation.optionalText("reuse", input.reuse(), MAX_TEXT)
                .optionalText("inclusion", input.inclusion(), MAX_TEXT)
                .optionalText("serviceImprovement", input.serviceImprovement(), MAX_TEXT)
                .optionalText("strategicAlignment", input.strategicAlignment(), MAX_TEXT)
                .optionalText("energyAndEmissions", input.energyAndEmissions(), MAX_TEXT)
                .optionalText("hardwareLifecycle", input.hardwareLifecycle(), MAX_TEXT)
                .optionalText("greenByDesign", input.greenByDesign(), MAX_TEXT);
        if (input.peopleReached() != null) {
            validation.check(input.peopleReached() >= 0 && input.peopleReached() <= MAX_PEOPLE_REACHED,
                    "peopleReached", "value.range", 0, MAX_PEOPLE_REACHED);
        }
        checkScore(validation, "socialScore", input.socialScore());
        checkScore(validation, "strategicScore", input.strategicScore());
        checkScore(validation, "environmentalScore", input.environmentalScore());
        return validation;
    }

    private static void validateYears(List<ValueYear> years, int startYear, int endYear, Validation validation) {
        Set<Integer> seen = new HashSet<>();
        BigDecimal costs = BigDecimal.ZERO;
        BigDecimal benefits = BigDecimal.ZERO;
        for (ValueYear row : years) {
            if (row == null || row.year() == null || row.cost() == null || row.benefit() == null) {
                validation.add("years", "value.year-incomplete");
            } else if (row.year() < startYear || row.year() > endYear) {
                validation.add("years", "value.year-outside", row.year(), startYear, endYear);
            } else if (!seen.add(row.year())) {
                validation.add("years", "value.year-twice", row.year());
            } else if (!isAmount(row.cost()) || !isAmount(row.benefit())) {
                validation.add("years", "value.amount-invalid", row.year());
            } else {
                costs = costs.add(row.cost());
                benefits = benefits.add(row.benefit());
            }
        }
        // the present values are stored as amounts too; they never exceed these sums (the rate is not negative)
        validation.check(costs.compareTo(MAX_AMOUNT) <= 0 && benefits.compareTo(MAX_AMOUNT) <= 0, "years",
                "value.total-too-large");
    }

    private static boolean isAmount(BigDecimal amount) {
        return amount.signum() >= 0 && amount.scale() <= 2 && amount.compareTo(MAX_AMOUNT) <= 0;
    }

    private static void checkScore(Validation validation, String field, Integer score) {
        if (score != null) {
            validation.check(score >= ValueRubric.MIN_SCORE && score <= ValueRubric.MAX_SCORE, field, "value.range",
                    ValueRubric.MIN_SCORE, ValueRubric.MAX_SCORE);
        }
    }

    /** What a submission still needs; every problem has the field {@link #SUBMISSION_FIELD}. */
    public static List<FieldProblem> missingForSubmission(ValueProposition value, int plannedStartYear,
            int plannedEndYear) {
        List<FieldProblem> missing = new ArrayList<>();
        if (value.years().isEmpty()) {
            missing.add(missing("value.years-missing"));
        } else if (value.years().stream()
                .anyMatch(row -> row.year() < plannedStartYear || row.year() > plannedEndYear)) {
            // the planned dates changed after the table was saved
            missing.add(missing("value.years-outside", plannedStartYear, plannedEndYear));
        }
        if (blank(value.reuse())) {
            missing.add(missing("value.economic-incomplete"));
        }
        if (value.peopleReached() == null || blank(value.inclusion()) || blank(value.serviceImprovement())
                || value.socialScore() == null) {
            missing.add(missing("value.social-incomplete"));
        }
        if (value.objectives().isEmpty()) {
            missing.add(missing("value.objectives-missing"));
        }
        if (blank(value.strategicAlignment()) || value.strategicScore() == null) {
            missing.add(missing("value.strategic-incomplete"));
        }
        if (blank(value.energyAndEmissions()) || blank(value.hardwareLifecycle()) || blank(value.greenByDesign())
                || value.environmentalScore() == null) {
            missing.add(missing("value.environmental-incomplete"));
        }
        return missing;
    }

    private static FieldProblem missing(String key, Object... arguments) {
        return FieldProblem.of(SUBMISSION_FIELD, key, arguments);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** What is computed from the owner's input and the settings. */
    record Computed(EconomicFigures economic, Integer economicScore, BigDecimal valueScore) {}

    static Computed compute(List<ValueYear> years, Integer socialScore, Integer strategicScore,
            Integer environmentalScore, ValueSettings settings) {
        EconomicFigures economic = EconomicAnalysis.of(years, settings.discountRate());
        Integer economicScore = years.isEmpty() ? null : ValueRubric.economicScore(economic);
        return new Computed(economic, economicScore,
                valueScore(settings.weights(), economicScore, socialScore, strategicScore, environmentalScore));
    }

    /**
     * The weighted mean of the four scores, Σ wᵢ·sᵢ / Σ wᵢ, rounded half-up to two decimals; null until all four
     * are scored. The weights are valid ones (their sum is not zero).
     */
    public static BigDecimal valueScore(DimensionWeights weights, Integer economic, Integer social,
            Integer strategic, Integer environmental) {
        if (economic == null || social == null || strategic == null || environmental == null) {
            return null;
        }
        BigDecimal weighted = weights.economic().multiply(BigDecimal.valueOf(economic))
                .add(weights.social().multiply(BigDecimal.valueOf(social)))
                .add(weights.strategic().multiply(BigDecimal.valueOf(strategic)))
                .add(weights.environmental().multiply(BigDecimal.valueOf(environmental)));
        return weighted.divide(weights.sum(), EconomicAnalysis.MATH).setScale(VALUE_SCORE_SCALE, RoundingMode.HALF_UP);
    }

    public static Validation validateDiscountRate(BigDecimal rate) {
        Validation validation = new Validation().requirePresent("discountRate", rate);
        if (rate != null) {
            validation.check(rate.signum() >= 0 && rate.compareTo(MAX_DISCOUNT_RATE) <= 0
                    && rate.stripTrailingZeros().scale() <= RATE_SCALE, "discountRate", "value.range", 0,
                    MAX_DISCOUNT_RATE);
        }
        return validation;
    }

    public static Validation validateWeights(DimensionWeights weights) {
        Validation validation = new Validation();
        if (weights == null) {
            return validation.add("weights", "validation.required");
        }
        checkWeight(validation, "economicWeight", weights.economic());
        checkWeight(validation, "socialWeight", weights.social());
        checkWeight(validation, "strategicWeight", weights.strategic());
        checkWeight(validation, "environmentalWeight", weights.environmental());
        if (!validation.hasProblemWith("economicWeight") && !validation.hasProblemWith("socialWeight")
                && !validation.hasProblemWith("strategicWeight") && !validation.hasProblemWith("environmentalWeight")) {
            validation.check(weights.sum().signum() > 0, "weights", "value.weights-sum-zero");
        }
        return validation;
    }

    private static void checkWeight(Validation validation, String field, BigDecimal weight) {
        validation.requirePresent(field, weight);
        if (weight != null) {
            validation.check(weight.signum() >= 0 && weight.compareTo(MAX_WEIGHT) <= 0
                    && weight.stripTrailingZeros().scale() <= WEIGHT_SCALE, field, "value.range", 0, MAX_WEIGHT);
        }
    }

    public static Validation validate(StrategyObjectiveInput input) {
        return new Validation()
                .requireText("code", input.code(), MAX_CODE)
                .requirePattern("code", input.code(), CODE, "validation.code-format")
                .requireText("nameEn", input.nameEn(), MAX_NAME)
                .requireText("nameEs", input.nameEs(), MAX_NAME)
                .requireText("namePt", input.namePt(), MAX_NAME);
    }
}
