package org.tablero.common;

import java.util.List;

/**
 * One reason an input was refused: the field at fault, a message key the UI and the API translate,
 * and the values the message needs (e.g. a maximum length).
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
