package org.tablero.assessment.value;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.identity.CurrentUser;

/**
 * The deployment's settings of the value proposition: the discount rate and the weights of the four dimensions.
 * Everybody signed in reads them (they are published with the figures); an administrator changes them. A change
 * recomputes the figures and value score of every value proposition in the same transaction, so that the whole
 * portfolio is always ranked with one set of settings.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ValueSettingsService {

    /** The audit trail's entity type for the settings; their entity id is always {@link #AUDIT_ID}. */
    public static final String AUDIT_TYPE = "VALUE_SETTINGS";
    public static final long AUDIT_ID = 0;

    private final ValueSettingsRepository settings;
    private final ValuePropositionRepository propositions;
    private final AuditTrail audit;

    ValueSettingsService(ValueSettingsRepository settings, ValuePropositionRepository propositions,
            AuditTrail audit) {
        this.settings = settings;
        this.propositions = propositions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ValueSettings get() {
        return settings.read();
    }

    /** @param rate a fraction between 0 and 1: 0.06 is 6 % a year */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ValueSettings updateDiscountRate(BigDecimal rate) {
        ValueRules.validateDiscountRate(rate).throwIfInvalid();
        return change(Map.of(ValueSettingsRepository.DISCOUNT_RATE, rate));
    }

    /** Weights are zero or more, and not all zero. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ValueSettings updateWeights(DimensionWeights weights) {
        ValueRules.validateWeights(weights).throwIfInvalid();
        var values = new LinkedHashMap<String, BigDecimal>();
        values.put(ValueSettingsRepository.WEIGHT_ECONOMIC, weights.economic());
        values.put(ValueSettingsRepository.WEIGHT_SOCIAL, weights.social());
        values.put(ValueSettingsRepository.WEIGHT_STRATEGIC, weights.strategic());
        values.put(ValueSettingsRepository.WEIGHT_ENVIRONMENTAL, weights.environmental());
        return change(values);
    }

    private ValueSettings change(Map<String, BigDecimal> values) {
        ValueSettings before = settings.read();
        Instant now = Instant.now();
        values.forEach((key, value) -> settings.put(key, value.stripTrailingZeros(), CurrentUser.get().id(), now));
        ValueSettings after = settings.read();
        recomputeAll(after);
        audit.record(AUDIT_TYPE, AUDIT_ID, "UPDATE", before, after);
        return after;
    }

    private void recomputeAll(ValueSettings current) {
        var computed = new LinkedHashMap<Long, ValueRules.Computed>();
        for (ValuePropositionRepository.Inputs inputs : propositions.allInputs()) {
            computed.put(inputs.projectId(), ValueRules.compute(inputs.years(), inputs.socialScore(),
                    inputs.strategicScore(), inputs.environmentalScore(), current));
        }
        propositions.updateComputed(computed);
    }
}
