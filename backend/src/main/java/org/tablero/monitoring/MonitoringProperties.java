package org.tablero.monitoring;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of delivery monitoring, each configurable per deployment.
 *
 * @param yellowFrom variance percent from which a project is yellow (IT Dashboard: 10)
 * @param redFrom variance percent from which a project is red (IT Dashboard: 30)
 * @param staleAfterDays days without a progress report after which a project in execution is stale
 * @param ratingStaleAfterDays days after which the digital authority's rating is stale
 * @param rebaselineTolerance percent change of the baseline cost or duration up to which a rebaseline needs no
 *     review round
 */
@ConfigurationProperties("tablero.monitoring")
public record MonitoringProperties(BigDecimal yellowFrom, BigDecimal redFrom, Integer staleAfterDays,
        Integer ratingStaleAfterDays, BigDecimal rebaselineTolerance) {

    public MonitoringProperties {
        yellowFrom = yellowFrom == null ? VarianceThresholds.IT_DASHBOARD.yellowFrom() : yellowFrom;
        redFrom = redFrom == null ? VarianceThresholds.IT_DASHBOARD.redFrom() : redFrom;
        staleAfterDays = staleAfterDays == null ? 45 : staleAfterDays;
        ratingStaleAfterDays = ratingStaleAfterDays == null ? 60 : ratingStaleAfterDays;
        rebaselineTolerance = rebaselineTolerance == null ? BigDecimal.TEN : rebaselineTolerance;
    }

    public VarianceThresholds thresholds() {
        return new VarianceThresholds(yellowFrom, redFrom);
    }
}
