package org.tablero.assessment.risk;

/** What an owner types into the algorithmic transparency record; every field is required. */
public record TransparencyInput(String purpose, String dataUsed, String humanOversight) {}
