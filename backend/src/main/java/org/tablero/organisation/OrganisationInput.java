package org.tablero.organisation;

/** What an administrator types to create or change an organisation. */
public record OrganisationInput(String code, String name, OrganisationLevel level, Long parentId) {}
