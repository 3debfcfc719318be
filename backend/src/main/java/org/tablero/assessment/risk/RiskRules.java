package org.tablero.assessment.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tablero.common.FieldProblem;
import org.tablero.common.Validation;

/**
 * The rules of the risk assessment that need no database: validation, what submission needs, what blocks an
 * endorsement, what makes a project strategic, and the heat maps. Only active (not closed) risks count.
 */
public final class RiskRules {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_OWNER = 200;

    public static final String OUT_OF_RANGE = "risk.out-of-range";
    public static final String RESIDUAL_ABOVE_INHERENT = "risk.residual-above-inherent";
    public static final String MISSING_RISKS = "risk.missing-risks";
    public static final String MISSING_AI_RISK = "risk.missing-ai-risk";
    public static final String MISSING_TRANSPARENCY = "risk.missing-transparency";
    public static final String TRANSPARENCY_NEEDS_AI = "risk.transparency-needs-ai";
    /** The endorsement gate's blocker. */
    public static final String UNMITIGATED_HIGH_RISK = "risk.blocked.unmitigated-high-risk";

    private RiskRules() {}

    /** Every problem of a risk: text, the four 1–5 values, and a residual value above its inherent one. */
    public static Validation validate(RiskInput input) {
        Validation validation = new Validation()
                .requirePresent("category", input.category())
                .requireText("description", input.description(), MAX_TEXT)
                .optionalText("mitigation", input.mitigation(), MAX_TEXT)
                .optionalText("owner", input.owner(), MAX_OWNER)
                .requirePresent("status", input.status());
        scale(validation, "likelihood", input.likelihood());
        scale(validation, "impact", input.impact());
        scale(validation, "residualLikelihood", input.residualLikelihood());
        scale(validation, "residualImpact", input.residualImpact());
        notAbove(validation, "residualLikelihood", input.residualLikelihood(), input.likelihood());
        notAbove(validation, "residualImpact", input.residualImpact(), input.impact());
        return validation;
    }

    public static Validation validate(TransparencyInput input) {
        return new Validation()
                .requireText("purpose", input.purpose(), MAX_TEXT)
                .requireText("dataUsed", input.dataUsed(), MAX_TEXT)
                .requireText("humanOversight", input.humanOversight(), MAX_TEXT);
    }

    private static void scale(Validation validation, String field, Integer value) {
        if (value == null) {
            validation.add(field, "validation.required");
        } else if (!RiskLevel.isOnScale(value)) {
            validation.add(field, OUT_OF_RANGE, RiskLevel.MIN_VALUE, RiskLevel.MAX_VALUE);
        }
    }

    /** Mitigation lowers a risk; it cannot make it likelier or worse. */
    private static void notAbove(Validation validation, String field, Integer residual, Integer inherent) {
        if (RiskLevel.isOnScale(residual) && RiskLevel.isOnScale(inherent) && residual > inherent) {
            validation.add(field, RESIDUAL_ABOVE_INHERENT, inherent);
        }
    }

    /**
     * What the risk assessment lacks before submission: at least one active risk; for a project that uses AI,
     * an active ethics/AI risk and a complete transparency record.
     */
    public static List<FieldProblem> missingForSubmission(boolean usesAi, List<Risk> risks,
            Optional<TransparencyRecord> transparency) {
        List<FieldProblem> missing = new ArrayList<>();
        List<Risk> active = active(risks);
        if (active.isEmpty()) {
            missing.add(FieldProblem.of("risks", MISSING_RISKS));
        }
        if (usesAi) {
            if (active.stream().noneMatch(risk -> risk.category() == RiskCategory.ETHICS_AND_AI)) {
                missing.add(FieldProblem.of("risks", MISSING_AI_RISK));
            }
            if (transparency.filter(TransparencyRecord::isComplete).isEmpty()) {
                missing.add(FieldProblem.of("transparency", MISSING_TRANSPARENCY));
            }
        }
        return missing;
    }

    /** An active risk whose residual level is HIGH or CRITICAL and which lacks a mitigation or an owner. */
    public static boolean blocksEndorsement(Risk risk) {
        return risk.isActive() && risk.residualLevel().isAtLeast(RiskLevel.HIGH)
                && (!risk.hasMitigation() || !risk.hasOwner());
    }

    /** The risks that keep any aspect of the project from being endorsed. */
    public static List<Risk> blockingEndorsement(List<Risk> risks) {
        return risks.stream().filter(RiskRules::blocksEndorsement).toList();
    }

    /** A residual CRITICAL risk makes the project strategic (domain.md, "Investment"). */
    public static boolean requiresStrategicTier(List<Risk> risks) {
        return active(risks).stream().anyMatch(risk -> risk.residualLevel() == RiskLevel.CRITICAL);
    }

    public static RiskHeatMaps heatMaps(List<Risk> risks) {
        List<Risk> active = active(risks);
        return new RiskHeatMaps(HeatMap.of(active, Risk::likelihood, Risk::impact),
                HeatMap.of(active, Risk::residualLikelihood, Risk::residualImpact));
    }

    /** How many risks there are by category, status, level and residual level (closed ones included). */
    public static List<RiskCount> counts(List<Risk> risks) {
        record Key(RiskCategory category, RiskStatus status, RiskLevel level, RiskLevel residualLevel) {}
        Comparator<Key> order = Comparator.comparing(Key::category).thenComparing(Key::status)
                .thenComparing(Key::level).thenComparing(Key::residualLevel);
        Map<Key, Integer> counts = new TreeMap<>(order);
        for (Risk risk : risks) {
            counts.merge(new Key(risk.category(), risk.status(), risk.level(), risk.residualLevel()), 1,
                    Integer::sum);
        }
        return counts.entrySet().stream().map(entry -> new RiskCount(entry.getKey().category(),
                entry.getKey().status(), entry.getKey().level(), entry.getKey().residualLevel(), entry.getValue()))
                .toList();
    }

    private static List<Risk> active(List<Risk> risks) {
        return risks.stream().filter(Risk::isActive).toList();
    }
}
