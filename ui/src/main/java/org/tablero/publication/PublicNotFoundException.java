package org.tablero.publication;

/**
 * A public page asked for something that is not public: an unknown code, or a draft. Vaadin creates it when a view
 * reroutes to it, hence the constructor without arguments.
 */
public class PublicNotFoundException extends RuntimeException {

    public PublicNotFoundException() {
        super("not public");
    }
}
