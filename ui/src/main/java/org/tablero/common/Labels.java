package org.tablero.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;

/** Translations of enum values and of the services' problem messages. */
public final class Labels {

    private Labels() {}

    /** e.g. {@code enum.ProjectStatus.IN_REVIEW}. */
    public static String of(Enum<?> value) {
        return value == null ? "" : UI.getCurrent().getTranslation("enum." + value.getDeclaringClass().getSimpleName()
                + "." + value.name());
    }

    public static String of(FieldProblem problem) {
        List<Object> arguments = problem.arguments();
        return UI.getCurrent().getTranslation(problem.messageKey(), arguments.toArray());
    }

    public static String t(Component component, String key, Object... arguments) {
        return component.getTranslation(key, arguments);
    }
}
