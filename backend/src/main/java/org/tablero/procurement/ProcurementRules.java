package org.tablero.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tablero.common.FieldProblem;
import org.tablero.common.Validation;
import org.tablero.project.Infrastructure;
import org.tablero.project.PolicyArea;
import org.tablero.project.ProjectStatus;

/** The rules of procurement that need no database: validation, submission, and joint-procurement opportunities. */
public final class ProcurementRules {

    public static final int MAX_RATIONALE = 4000;
    public static final int MAX_SUPPLIER = 300;
    public static final int MAX_OCID = 200;
    /** Amounts are DECIMAL(19,2): at most 17 digits before the decimal point. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999.99");
    /**
     * An OCDS ocid: the publisher's registered ocid prefix ({@code ocds-} and six lower-case letters or digits),
     * a hyphen, and the publisher's identifier of the contracting process (letters, digits and
     * {@code . _ : / -}, starting with a letter or digit), e.g. {@code ocds-213czf-000-00001}.
     */
    public static final Pattern OCID = Pattern.compile("ocds-[a-z0-9]{6}-[A-Za-z0-9][A-Za-z0-9._:/-]*");

    public static final String MISSING_STRATEGY = "procurement.missing-strategy";
    public static final String JOINT_METHOD_NEEDS_JOINT = "procurement.joint-method-needs-joint";
    public static final String CONTRACT_VALUE = "procurement.contract-value";
    public static final String OCID_FORMAT = "procurement.ocid-format";

    /** A project's contracts may change until it is rejected, completed or cancelled. */
    static final Set<ProjectStatus> TERMINAL = EnumSet.of(ProjectStatus.REJECTED, ProjectStatus.COMPLETED,
            ProjectStatus.CANCELLED);

    private ProcurementRules() {}

    public static Validation validate(ProcurementStrategyInput input) {
        Validation validation = new Validation()
                .requirePresent("method", input.method())
                .requirePresent("jointProcurement", input.jointProcurement())
                .requireText("rationale", input.rationale(), MAX_RATIONALE);
        if (input.method() == ProcurementMethod.JOINT_PROCUREMENT && input.jointProcurement() != null) {
            validation.check(input.jointProcurement().isJoint(), "jointProcurement", JOINT_METHOD_NEEDS_JOINT);
        }
        return validation;
    }

    public static Validation validate(ContractInput input) {
        Validation validation = new Validation()
                .requireText("supplier", input.supplier(), MAX_SUPPLIER)
                .requirePresent("value", input.value())
                .requirePresent("startDate", input.startDate())
                .requirePresent("endDate", input.endDate())
                .optionalText("ocid", input.ocid() == null ? null : input.ocid().strip(), MAX_OCID)
                .requirePattern("ocid", input.ocid() == null ? null : input.ocid().strip(), OCID, OCID_FORMAT);
        if (input.value() != null) {
            validation.check(isAmount(input.value()), "value", CONTRACT_VALUE);
        }
        if (input.startDate() != null && input.endDate() != null) {
            validation.check(input.endDate().isAfter(input.startDate()), "endDate", "validation.end-before-start");
        }
        return validation;
    }

    /** Zero or more, exact to the cent (trailing zeros beyond the cents are fine), and fits DECIMAL(19,2). */
    static boolean isAmount(BigDecimal amount) {
        return amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(MAX_AMOUNT) <= 0;
    }

    public static boolean contractsEditable(ProjectStatus status) {
        return !TERMINAL.contains(status);
    }

    public static List<FieldProblem> missingForSubmission(Optional<ProcurementStrategy> strategy) {
        return strategy.filter(ProcurementStrategy::isComplete).isPresent() ? List.of()
                : List.of(FieldProblem.of("procurement", MISSING_STRATEGY));
    }

    /**
     * Joint-procurement opportunities among the candidates (one per project and item of infrastructure). For each
     * policy area and item of infrastructure: keep the projects whose planned period overlaps that of at least
     * one project of another organisation there; the kept projects whose periods chain together by overlap form
     * one opportunity. Every opportunity thus has projects of at least two organisations.
     */
    public static List<JointProcurementOpportunity> opportunities(List<JointProcurementCandidate> candidates) {
        record Kind(PolicyArea policyArea, Infrastructure infrastructure) {}
        Map<Kind, List<JointProcurementCandidate>> byKind = new LinkedHashMap<>();
        for (JointProcurementCandidate candidate : candidates) {
            byKind.computeIfAbsent(new Kind(candidate.policyArea(), candidate.infrastructure()),
                    kind -> new ArrayList<>()).add(candidate);
        }
        List<JointProcurementOpportunity> opportunities = new ArrayList<>();
        byKind.forEach((kind, sameKind) -> {
            List<JointProcurementCandidate> partnered = sameKind.stream()
                    .filter(project -> sameKind.stream().anyMatch(other -> other.organisationId()
                            != project.organisationId() && other.overlaps(project)))
                    .sorted(Comparator.comparing(JointProcurementCandidate::plannedStart)
                            .thenComparing(JointProcurementCandidate::code))
                    .toList();
            List<JointProcurementCandidate> chain = new ArrayList<>();
            LocalDate chainEnd = null;
            for (JointProcurementCandidate project : partnered) {
                if (!chain.isEmpty() && project.plannedStart().isAfter(chainEnd)) {
                    opportunities.add(new JointProcurementOpportunity(kind.policyArea(), kind.infrastructure(),
                            chain.getFirst().plannedStart(), chainEnd, chain));
                    chain = new ArrayList<>();
                }
                chain.add(project);
                chainEnd = chainEnd == null || project.plannedEnd().isAfter(chainEnd) ? project.plannedEnd()
                        : chainEnd;
            }
            if (!chain.isEmpty()) {
                opportunities.add(new JointProcurementOpportunity(kind.policyArea(), kind.infrastructure(),
                        chain.getFirst().plannedStart(), chainEnd, chain));
            }
        });
        opportunities.sort(Comparator.comparing(JointProcurementOpportunity::policyArea)
                .thenComparing(JointProcurementOpportunity::infrastructure)
                .thenComparing(JointProcurementOpportunity::from));
        return opportunities;
    }
}
