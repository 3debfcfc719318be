package org.tablero.approval;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.tablero.common.InvalidInputException;
import org.tablero.common.ProblemDisplay;

/** Asks for the written reason of a step (a board decision, a hold, a cancellation) before taking it. */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String confirmLabel, boolean required, Consumer<String> step) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(getTranslation(required ? "workflow.reason.required" : "workflow.reason"));
        reason.setWidth("32em");
        reason.setMinHeight("8em");
        ProblemDisplay problems = new ProblemDisplay().field("rationale", reason);
        Button confirm = new Button(confirmLabel, click -> {
            try {
                step.accept(reason.getValue());
                close();
            } catch (InvalidInputException refused) {
                problems.show(refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reason);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), confirm);
    }
}
