package org.tablero.organisation;

/** Level of government an organisation belongs to. */
public enum OrganisationLevel {
    CENTRAL,
    STATE,
    MUNICIPAL
}
