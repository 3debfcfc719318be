package org.tablero.assessment.standards;

/**
 * A standard of one catalogue version. Its code stays the same from one version to the next, so that
 * versions (and the outcomes of projects assessed against them) can be compared.
 *
 * @param position 1 for the first standard of the version
 * @param description may have blank translations
 */
public record Standard(long id, String code, int position, boolean mandatory, Translated name,
        Translated description) {

    /** The same standard as input for the next version, to be edited there. */
    public StandardInput toInput() {
        return new StandardInput(code, mandatory, name, description);
    }
}
