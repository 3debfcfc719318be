package org.tablero.publication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tablero.common.Formats;
import org.tablero.config.TableroProperties;
import org.tablero.monitoring.MonitoringProperties;
import org.tablero.monitoring.VarianceColour;

/**
 * Numbers, amounts and dates of the public pages in the reader's language and the deployment's currency, and the
 * deployment's monitoring rules in words (the variance bands, the staleness).
 */
record PublicFormats(Locale locale, Currency currency, MonitoringProperties monitoring) {

    /** The formats of the public pages for a reader's language. */
    @Component
    static class Factory {

        private final TableroProperties properties;
        private final MonitoringProperties monitoring;

        Factory(TableroProperties properties, MonitoringProperties monitoring) {
            this.properties = properties;
            this.monitoring = monitoring;
        }

        PublicFormats of(Locale locale) {
            return new PublicFormats(locale, properties.currency(), monitoring);
        }
    }

    String currencyCode() {
        return currency.getCurrencyCode();
    }

    String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : Formats.money(amount, currency, locale);
    }

    /** Without cents, for headline figures. */
    String moneyRounded(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        return format.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    String count(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    String number(@Nullable BigDecimal number) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }

    /** e.g. "12.5%" ("12,5 %" in Spanish); a dash when there is nothing to divide by. */
    String share(long part, long whole) {
        if (whole == 0) {
            return "–";
        }
        return percent(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    String percent(@Nullable BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(percent.movePointLeft(2));
    }

    /** e.g. "Yellow: 10% to under 30% off the plan"; "No report yet" for none. */
    String band(com.vaadin.flow.component.Component host, @Nullable VarianceColour colour) {
        return host.getTranslation("public.colour." + (colour == null ? "NONE" : colour.name()),
                percent(monitoring.yellowFrom()), percent(monitoring.redFrom()));
    }

    int staleAfterDays() {
        return monitoring.staleAfterDays();
    }

    String date(@Nullable LocalDate date) {
        return date == null ? "" : Formats.date(date, locale);
    }

    String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : Formats.dateTime(instant, locale);
    }
}
