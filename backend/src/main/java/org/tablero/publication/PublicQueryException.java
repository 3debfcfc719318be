package org.tablero.publication;

/** A parameter of a public query that cannot be answered: the API answers 400 with the message. */
public class PublicQueryException extends RuntimeException {

    private final String parameter;

    public PublicQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter at fault, as the API names it. */
    public String parameter() {
        return parameter;
    }
}
