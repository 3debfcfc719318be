package org.tablero.assessment.risk;

/** The heat maps of a project's active risks, before (inherent) and after (residual) mitigation. */
public record RiskHeatMaps(HeatMap inherent, HeatMap residual) {}
