package org.tablero.publication;

/** The algorithmic transparency record of a project that uses AI: always published. */
public record PublicTransparency(String projectCode, String purpose, String dataUsed, String humanOversight) {}
