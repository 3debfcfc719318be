package org.tablero.project;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tablero.common.Validation;

/** The rules of a project's register entry that need no database: validation, cost and tier. */
public final class ProjectRules {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_CODE = 40;
    /** Amounts are DECIMAL(19,2): at most 17 digits before the decimal point. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999.99");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    private final BigDecimal strategicThreshold;

    public ProjectRules(BigDecimal strategicThreshold) {
        this.strategicThreshold = strategicThreshold;
    }

    /** Collects every problem of the input; the caller adds those that need the database. */
    public Validation validate(ProjectInput input) {
        Validation validation = new Validation()
                .requireText("code", input.code(), MAX_CODE)
                .requirePattern("code", input.code(), CODE, "validation.code-format")
                .requireText("title", input.title(), MAX_TITLE)
                .requireText("summary", input.summary(), MAX_SUMMARY)
                .requirePresent("organisationId", input.organisationId())
                .requirePresent("category", input.category())
                .requirePresent("policyArea", input.policyArea())
                .requirePresent("deliveryApproach", input.deliveryApproach())
                .requirePresent("fundingSource", input.fundingSource())
                .requirePresent("plannedStart", input.plannedStart())
                .requirePresent("plannedEnd", input.plannedEnd());
        if (input.plannedStart() != null && input.plannedEnd() != null) {
            validation.check(input.plannedEnd().isAfter(input.plannedStart()), "plannedEnd",
                    "validation.end-before-start");
        }
        if (input.deliveryApproach() != null && input.deliveryApproach().hasIterations()) {
            validation.check(input.iterationWeeks() != null && input.iterationWeeks() >= 1
                    && input.iterationWeeks() <= 26, "iterationWeeks", "validation.iteration-weeks", 1, 26);
        }
        validation.check(input.usesAi() || !input.aiDecidesAboutPeople(), "aiDecidesAboutPeople",
                "validation.ai-decisions-need-ai");
        validateCosts(input, validation);
        return validation;
    }

    private static void validateCosts(ProjectInput input, Validation validation) {
        List<YearlyCost> costs = input.costs();
        if (costs.isEmpty()) {
            validation.add("costs", "validation.costs-required");
            return;
        }
        Set<Integer> years = new HashSet<>();
        for (YearlyCost cost : costs) {
            if (cost.fiscalYear() == null || cost.capital() == null || cost.operating() == null) {
                validation.add("costs", "validation.cost-incomplete");
            } else if (!isAmount(cost.capital()) || !isAmount(cost.operating())) {
                validation.add("costs", "validation.cost-amount", cost.fiscalYear());
            } else if (!years.add(cost.fiscalYear())) {
                validation.add("costs", "validation.cost-year-twice", cost.fiscalYear());
            } else if (input.plannedStart() != null && input.plannedEnd() != null
                    && (cost.fiscalYear() < input.plannedStart().getYear()
                            || cost.fiscalYear() > input.plannedEnd().getYear())) {
                validation.add("costs", "validation.cost-year-outside", cost.fiscalYear(),
                        input.plannedStart().getYear(), input.plannedEnd().getYear());
            }
        }
    }

    private static boolean isAmount(BigDecimal amount) {
        return amount.signum() >= 0 && amount.scale() <= 2 && amount.compareTo(MAX_AMOUNT) <= 0;
    }

    public static BigDecimal lifecycleCost(List<YearlyCost> costs) {
        return costs.stream().map(YearlyCost::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Strategic when the lifecycle cost reaches the threshold or the project uses AI for decisions about
     * people. (A residual critical risk will make it strategic too, once risks are assessed.)
     */
    public Tier tierOf(ProjectInput input) {
        boolean expensive = lifecycleCost(input.costs()).compareTo(strategicThreshold) >= 0;
        return expensive || input.aiDecidesAboutPeople() ? Tier.STRATEGIC : Tier.OPERATIONAL;
    }
}
