package org.tablero.publication;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q3}. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4 || year < 1000 || year > 9999) {
            throw new IllegalArgumentException("Not a quarter: " + year + "-Q" + quarter);
        }
    }

    public static Quarter parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            throw new PublicQueryException("quarter", "'" + text + "' is not a quarter such as 2026-Q3");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The last quarter that has ended by the given day. */
    public static Quarter lastEndedBy(LocalDate day) {
        return of(day).previous();
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** The last day of the quarter. */
    public LocalDate lastDay() {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 10 + quarter, other.year * 10 + other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
