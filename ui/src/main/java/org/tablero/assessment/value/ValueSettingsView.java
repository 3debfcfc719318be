package org.tablero.assessment.value;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.config.TableroProperties;
import org.tablero.project.TierThreshold;
import org.tablero.layout.MainLayout;

/**
 * The deployment's settings of the value proposition: the discount rate and the weights of the four dimensions,
 * each saved on its own (a save recomputes every project's value figures). The strategic tier threshold is shown
 * for reference: it comes from the deployment's configuration.
 */
@Route(value = "admin/settings", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class ValueSettingsView extends VerticalLayout implements HasDynamicTitle {

    private static final int PERCENT = 2;

    private final transient ValueSettingsService settings;
    /** In percent a year (6 for 0.06); the service takes a fraction. */
    final BigDecimalField discountRate = new BigDecimalField();
    final Button saveDiscountRate = new Button();
    final BigDecimalField economic = new BigDecimalField();
    final BigDecimalField social = new BigDecimalField();
    final BigDecimalField strategic = new BigDecimalField();
    final BigDecimalField environmental = new BigDecimalField();
    final Span weightsProblem = new Span();
    final Button saveWeights = new Button();
    final BigDecimalField strategicThreshold = new BigDecimalField();
    final Button saveThreshold = new Button();
    private final ProblemDisplay rateProblems = new ProblemDisplay();
    private final ProblemDisplay weightProblems = new ProblemDisplay();

    public ValueSettingsView(ValueSettingsService settings, TierThreshold tierThreshold,
            TableroProperties properties) {
        this.settings = settings;
        addClassName("value-settings-view");

        discountRate.setLabel(getTranslation("value.settings.discount-rate"));
        discountRate.setHelperText(getTranslation("value.settings.discount-rate.help"));
        discountRate.setSuffixComponent(new Span("%"));
        rateProblems.field("discountRate", discountRate);
        saveDiscountRate.setText(getTranslation("value.settings.save-discount-rate"));
        saveDiscountRate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDiscountRate.addClickListener(click -> saveDiscountRate());

        economic.setLabel(getTranslation("value.settings.weight-economic"));
        social.setLabel(getTranslation("value.settings.weight-social"));
        strategic.setLabel(getTranslation("value.settings.weight-strategic"));
        environmental.setLabel(getTranslation("value.settings.weight-environmental"));
        weightProblems.field("economicWeight", economic).field("socialWeight", social)
                .field("strategicWeight", strategic).field("environmentalWeight", environmental)
                .message("weights", weightsProblem);
        saveWeights.setText(getTranslation("value.settings.save-weights"));
        saveWeights.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveWeights.addClickListener(click -> saveWeights());

        strategicThreshold.setLabel(getTranslation("value.settings.strategic-threshold"));
        strategicThreshold.setHelperText(getTranslation("value.settings.strategic-threshold.help"));
        strategicThreshold.setSuffixComponent(new Span(properties.currency().getCurrencyCode()));
        strategicThreshold.setValue(tierThreshold.current());
        ProblemDisplay thresholdProblems = new ProblemDisplay().field("strategicThreshold", strategicThreshold);
        saveThreshold.setText(getTranslation("value.settings.save-threshold"));
        saveThreshold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveThreshold.addClickListener(click -> {
            try {
                tierThreshold.update(strategicThreshold.getValue());
                thresholdProblems.clear();
                Notification.show(getTranslation("form.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                thresholdProblems.show(refused);
            }
        });

        FormLayout rateForm = new FormLayout(discountRate);
        FormLayout weightForm = new FormLayout(economic, social, strategic, environmental);
        FormLayout thresholdForm = new FormLayout(strategicThreshold);
        for (FormLayout form : List.of(rateForm, weightForm, thresholdForm)) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
            form.setMaxWidth("40em");
        }
        add(new H2(getTranslation("value.settings.heading")),
                new Paragraph(getTranslation("value.settings.recompute")),
                new H3(getTranslation("value.settings.discount-rate")), rateForm, saveDiscountRate,
                new H3(getTranslation("value.settings.weights")),
                new Paragraph(getTranslation("value.settings.weights.help")), weightForm, weightsProblem, saveWeights,
                new H3(getTranslation("value.settings.tiers")), thresholdForm, saveThreshold);
        show(settings.get());
    }

    private void show(ValueSettings current) {
        rateProblems.clear();
        weightProblems.clear();
        discountRate.setValue(plain(current.discountRate().movePointRight(PERCENT)));
        economic.setValue(plain(current.weights().economic()));
        social.setValue(plain(current.weights().social()));
        strategic.setValue(plain(current.weights().strategic()));
        environmental.setValue(plain(current.weights().environmental()));
    }

    /** 6 rather than 6.000000 or 6E+0, 10 rather than 1E+1. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private void saveDiscountRate() {
        BigDecimal percent = discountRate.getValue();
        try {
            ValueSettings saved = settings.updateDiscountRate(percent == null ? null : percent.movePointLeft(PERCENT));
            saved(saved);
        } catch (InvalidInputException refused) {
            // the service's range is of the fraction (0 to 1); the field is in percent
            rateProblems.show(new InvalidInputException(refused.problems().stream()
                    .map(problem -> problem.messageKey().equals("value.range")
                            ? FieldProblem.of(problem.field(), "value.settings.discount-rate-range") : problem)
                    .toList()));
        }
    }

    private void saveWeights() {
        try {
            saved(settings.updateWeights(new DimensionWeights(economic.getValue(), social.getValue(),
                    strategic.getValue(), environmental.getValue())));
        } catch (InvalidInputException refused) {
            weightProblems.show(refused);
            // the sum concerns the four fields together: mark each of them
            String sumProblem = refused.problems().stream().filter(problem -> problem.field().equals("weights"))
                    .map(Labels::of).collect(Collectors.joining(" "));
            if (!sumProblem.isEmpty()) {
                for (BigDecimalField field : List.of(economic, social, strategic, environmental)) {
                    field.setErrorMessage(sumProblem);
                    field.setInvalid(true);
                }
            }
        }
    }

    private void saved(ValueSettings saved) {
        Notification.show(getTranslation("value.settings.saved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show(saved);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("value.settings.heading") + " · " + getTranslation("app.name");
    }
}
