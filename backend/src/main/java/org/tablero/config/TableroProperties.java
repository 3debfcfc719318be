package org.tablero.config;

import java.math.BigDecimal;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of one deployment.
 *
 * @param currency ISO 4217 code of every amount in this deployment
 * @param strategicThreshold lifecycle cost from which a project is of the strategic tier
 */
@ConfigurationProperties("tablero")
public record TableroProperties(Currency currency, BigDecimal strategicThreshold) {

    public TableroProperties {
        currency = currency == null ? Currency.getInstance("USD") : currency;
        strategicThreshold = strategicThreshold == null ? new BigDecimal("5000000") : strategicThreshold;
    }
}
