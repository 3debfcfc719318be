package org.tablero.assessment.value;

/** What an administrator types to create or change a strategy objective. */
public record StrategyObjectiveInput(String code, String nameEn, String nameEs, String namePt, boolean active) {}
