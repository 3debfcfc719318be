package org.tablero.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Amounts and dates the way people write them in their language; data stay ISO and exact. */
public final class Formats {

    private Formats() {}

    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(amount);
    }

    /** A large amount short enough for a headline tile, e.g. "USD 385.5M"; the exact figure stays in the tables. */
    public static String moneyCompact(BigDecimal amount, Currency currency, Locale locale) {
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        return currency.getCurrencyCode() + " " + compact.format(amount);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                        .format(instant.atZone(ZoneId.systemDefault()));
    }
}
