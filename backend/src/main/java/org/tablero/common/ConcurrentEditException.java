package org.tablero.common;

/** Someone else saved the same record after it was loaded: the save is refused, nothing is overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String entity, long id) {
        super(entity + " " + id + " was changed by someone else since it was loaded");
    }
}
