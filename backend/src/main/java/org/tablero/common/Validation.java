package org.tablero.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the problems of one input, so that all of them are reported at once. */
public final class Validation {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
        } else if (value.length() > maxLength) {
            add(field, "validation.too-long", maxLength);
        }
        return this;
    }

    public Validation optionalText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "validation.too-long", maxLength);
        }
        return this;
    }

    public Validation requirePresent(String field, Object value) {
        if (value == null) {
            add(field, "validation.required");
        }
        return this;
    }

    public Validation requirePattern(String field, String value, Pattern pattern, String messageKey) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            add(field, messageKey);
        }
        return this;
    }

    public Validation check(boolean valid, String field, String messageKey, Object... arguments) {
        if (!valid) {
            add(field, messageKey, arguments);
        }
        return this;
    }

    public Validation add(String field, String messageKey, Object... arguments) {
        problems.add(FieldProblem.of(field, messageKey, arguments));
        return this;
    }

    public boolean hasProblemWith(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    /** Throws {@link InvalidInputException} listing every problem found, if any. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
