package org.tablero.project;

public enum Category {
    NEW_DEVELOPMENT,
    MODERNISATION,
    OPERATIONS_AND_MAINTENANCE
}
