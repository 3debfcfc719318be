package org.tablero.publication;

/** A public page asked for something that is not public: an unknown code, or a draft. */
public class PublicNotFoundException extends RuntimeException {

    public PublicNotFoundException(String what) {
        super(what + " is not public");
    }
}
