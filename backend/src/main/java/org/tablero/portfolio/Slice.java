package org.tablero.portfolio;

import java.math.BigDecimal;

/**
 * One bar of a breakdown: the projects with this key and their lifecycle investment. In the colour and rating
 * distributions a null key counts the projects without that figure yet (no report, no rating). For fiscal years
 * the investment is that year's estimated capital and operating cost.
 */
public record Slice<K>(K key, int projects, BigDecimal investment) {}
