package org.tablero.common;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shows a service's refusal next to the fields at fault, so the user sees what to change and keeps
 * everything typed.
 */
public final class ProblemDisplay {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Span> messages = new LinkedHashMap<>();

    public ProblemDisplay field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** For a part of a form that is not one field (e.g. a table of yearly costs). */
    public ProblemDisplay message(String name, Span message) {
        message.addClassName("field-problem");
        message.setVisible(false);
        messages.put(name, message);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        messages.values().forEach(message -> message.setVisible(false));
    }

    public void show(InvalidInputException refusal) {
        clear();
        Map<String, String> byField = refusal.problems().stream().collect(Collectors.groupingBy(FieldProblem::field,
                LinkedHashMap::new, Collectors.mapping(Labels::of, Collectors.joining(" "))));
        StringBuilder unplaced = new StringBuilder();
        byField.forEach((name, text) -> {
            if (fields.containsKey(name)) {
                fields.get(name).setErrorMessage(text);
                fields.get(name).setInvalid(true);
            } else if (messages.containsKey(name)) {
                messages.get(name).setText(text);
                messages.get(name).setVisible(true);
            } else {
                unplaced.append(text).append(' ');
            }
        });
        Notification notification = Notification.show(unplaced.isEmpty()
                ? UI.getCurrent().getTranslation("form.fix-problems")
                : unplaced.toString().strip(), 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
