package org.tablero.project;

/** Digital public infrastructure a project uses or builds. */
public enum Infrastructure {
    DIGITAL_IDENTITY,
    INTEROPERABILITY_PLATFORM,
    PAYMENTS,
    NOTIFICATIONS,
    CLOUD,
    CITIZEN_FOLDER
}
