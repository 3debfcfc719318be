package org.tablero.monitoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Currency;
import org.tablero.common.Formats;
import org.tablero.common.StatusBadge;

/** A report's variance and a rating as coloured badges that also say the figure in words. */
public final class VarianceBadges {

    private VarianceBadges() {
    }

    public static Span cost(ProgressReport report, Currency currency, Component where) {
        Variance.Cost cost = report.costVariance();
        return StatusBadge.of(cost.colour(), Formats.money(cost.amount(), currency, where.getUI().map(ui -> ui.getLocale()).orElse(UI.getCurrent().getLocale()))
                + percent(cost.percent()));
    }

    public static Span schedule(ProgressReport report, Component where) {
        Variance.Schedule schedule = report.scheduleVariance();
        return StatusBadge.of(schedule.colour(), where.getTranslation("delivery.days", schedule.days())
                + percent(schedule.percent()));
    }

    /** 5 and 4 low risk (green), 3 medium (yellow), 2 and 1 high (red). */
    public static Span rating(int rating, Component where) {
        VarianceColour colour = rating >= 4 ? VarianceColour.GREEN : rating == 3 ? VarianceColour.YELLOW
                : VarianceColour.RED;
        return StatusBadge.of(colour, where.getTranslation("delivery.rating-value", rating));
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? "" : " (" + percent.toPlainString() + " %)";
    }
}
