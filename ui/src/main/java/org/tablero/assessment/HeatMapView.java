package org.tablero.assessment;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.tablero.assessment.risk.HeatMap;
import org.tablero.assessment.risk.RiskLevel;

/**
 * A 5×5 risk heat map: likelihood up, impact across; each cell shows how many risks sit there, coloured by
 * the level of its score and titled with the level in words, so colour is never the only signal.
 */
public class HeatMapView extends Composite<Div> {

    public HeatMapView(String caption, HeatMap map) {
        Div grid = new Div();
        grid.addClassName("heat-map-grid");
        grid.getElement().setAttribute("role", "table");
        grid.getElement().setAttribute("aria-label", caption);
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            Span axis = new Span(String.valueOf(likelihood));
            axis.addClassName("heat-axis");
            grid.add(axis);
            for (int impact = 1; impact <= 5; impact++) {
                int count = map.count(likelihood, impact);
                RiskLevel level = RiskLevel.ofScore(likelihood * impact);
                Span cell = new Span(count == 0 ? "" : String.valueOf(count));
                cell.addClassNames("heat-cell", "level-" + level.name().toLowerCase());
                cell.getElement().setAttribute("title", getTranslation("risks.cell", likelihood, impact,
                        getTranslation("enum.RiskLevel." + level.name()), count));
                grid.add(cell);
            }
        }
        grid.add(new Span(""));
        for (int impact = 1; impact <= 5; impact++) {
            Span axis = new Span(String.valueOf(impact));
            axis.addClassName("heat-axis");
            grid.add(axis);
        }
        Span title = new Span(caption);
        title.addClassName("heat-title");
        Span axes = new Span(getTranslation("risks.axes"));
        axes.addClassName("heat-axes");
        getContent().add(title, grid, axes);
        getContent().addClassName("heat-map");
    }
}
