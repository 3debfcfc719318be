package org.tablero.assessment.standards;

/**
 * A standard of a catalogue version about to be published; its position is its place in the list.
 *
 * @param name required in every language
 * @param description optional, in any language
 */
public record StandardInput(String code, boolean mandatory, Translated name, Translated description) {}
