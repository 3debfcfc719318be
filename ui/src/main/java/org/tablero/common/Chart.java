package org.tablero.common;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.ui.LoadMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bar, pie or line chart drawn by Apache ECharts in the browser, from categories and labelled series built in
 * Java. ECharts is a static script of the application's jar (the {@code org.webjars.npm:echarts} webjar), loaded at
 * run time: no frontend build. A click on a bar, slice or point gives back the key of its category. Wrap it in a
 * {@link ChartCard} to give it a heading and its figures as a table.
 */
public class Chart extends Div {

    /** Served by Spring from the webjar; relative, so that it also works under a context path. */
    static final String SCRIPT = "webjars/echarts/5.3.1/dist/echarts.min.js";

    /** Dark enough on white for graphical objects (WCAG 2.2 AA, 3:1), and distinct from each other. */
    private static final List<String> PALETTE = List.of("#1f5fa8", "#b24f00", "#1b6e3a", "#7a3b94", "#a3172b",
            "#00707a", "#5a5f69", "#8a6200");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the chart looks like. */
    public enum Type {
        BAR,
        /** Bars along the vertical axis, for long labels such as organisation names. */
        HORIZONTAL_BAR,
        /** The first series only, one slice per category. */
        PIE,
        LINE
    }

    /**
     * One bar, slice or point of the horizontal axis.
     *
     * @param key what a click gives back, e.g. an enum name
     * @param label what people read
     * @param colour a CSS colour, null for the chart's palette
     */
    public record Category(String key, String label, @Nullable String colour) {

        public static Category of(String key, String label) {
            return new Category(key, label, null);
        }
    }

    /**
     * A named row of values, one per category (null for none), and how a value is written for people.
     *
     * @param scale how the axis writes its values
     */
    public record Series(String name, List<? extends @Nullable Number> values, Function<Number, String> format,
            Scale scale) {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed
        }

        public String formatted(int index) {
            Number value = values.get(index);
            return value == null ? "" : format.apply(value);
        }
    }

    /** How the value axis writes its numbers. */
    public enum Scale {
        COUNT,
        /** Amounts in the deployment's currency, written short ("1.2 M"). */
        MONEY,
        PERCENT
    }

    private final Type type;
    private final String title;
    private final List<Category> categories;
    private final List<Series> series;
    private @Nullable String currency;
    private @Nullable Number minimum;
    private @Nullable Number maximum;

    public Chart(Type type, String title, List<Category> categories, List<Series> series) {
        this.type = type;
        this.title = title;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        addClassNames("chart", "chart-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        // the figures are also in the table of the ChartCard; to assistive technology the chart is one image
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", title);
        if (type == Type.HORIZONTAL_BAR) {
            getStyle().setHeight(Math.max(12, 2.4 * categories.size() + 3) + "em");
        }
    }

    /** The ISO 4217 code that {@link Scale#MONEY} axes write. */
    public Chart currency(String isoCode) {
        this.currency = isoCode;
        return this;
    }

    /** Fixes the value axis, e.g. 1 to 5 for ratings. */
    public Chart range(Number minimum, Number maximum) {
        this.minimum = minimum;
        this.maximum = maximum;
        return this;
    }

    public String title() {
        return title;
    }

    public List<Category> categories() {
        return categories;
    }

    public List<Series> series() {
        return series;
    }

    /** A click on a bar, slice or point: the key of its category. */
    public Registration addCategoryClickListener(ComponentEventListener<CategoryClickEvent> listener) {
        return addListener(CategoryClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // once per page, and lazily: the page paints before the 1 MB script arrives, and DRAW waits for it
        event.getUI().getPage().addJavaScript(SCRIPT, LoadMode.LAZY);
        getElement().executeJs(DRAW, option(), event.getUI().getLocale().toLanguageTag(),
                Objects.requireNonNullElse(currency, "USD"));
    }

    /** The ECharts option; functions (formatters) and the click are added by {@link #DRAW}. */
    String option() {
        ObjectNode option = JSON.createObjectNode();
        option.put("animation", false);
        ArrayNode palette = option.putArray("color");
        PALETTE.forEach(palette::add);
        option.putObject("tooltip").put("trigger", type == Type.LINE && series.size() > 1 ? "axis" : "item")
                .put("confine", true);
        ArrayNode keys = option.putArray("keys");
        categories.forEach(category -> keys.add(category.key()));
        option.put("scale", series.isEmpty() ? Scale.COUNT.name() : series.getFirst().scale().name());
        if (type == Type.PIE) {
            pie(option);
        } else {
            axes(option);
        }
        return JSON.writeValueAsString(option);
    }

    private void pie(ObjectNode option) {
        ObjectNode pie = option.putArray("series").addObject().put("type", "pie");
        pie.putArray("radius").add("38%").add("62%");
        pie.put("avoidLabelOverlap", true);
        pie.putObject("label").put("formatter", "{b}\n{d}%").put("lineHeight", 16).put("width", 110)
                .put("overflow", "break");
        pie.put("name", series.getFirst().name());
        ArrayNode data = pie.putArray("data");
        Series first = series.getFirst();
        for (int i = 0; i < categories.size(); i++) {
            data.add(item(i, first).put("name", categories.get(i).label()));
        }
    }

    private void axes(ObjectNode option) {
        boolean horizontal = type == Type.HORIZONTAL_BAR;
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 24)
                .put("top", series.size() > 1 ? 36 : 12).put("bottom", 8);
        ObjectNode categoryAxis = JSON.createObjectNode().put("type", "category");
        ArrayNode labels = categoryAxis.putArray("data");
        categories.forEach(category -> labels.add(category.label()));
        ObjectNode categoryLabels = categoryAxis.putObject("axisLabel").put("interval", 0).put("hideOverlap", true);
        categoryLabels.put("overflow", "break").put("lineHeight", 15).put("width", horizontal ? 150 : 90);
        if (horizontal) {
            categoryAxis.put("inverse", true);
        }
        ObjectNode valueAxis = JSON.createObjectNode().put("type", "value");
        if (minimum != null) {
            valueAxis.put("min", minimum.doubleValue()).put("max", maximum.doubleValue()).put("interval", 1);
        }
        option.set(horizontal ? "yAxis" : "xAxis", categoryAxis);
        option.set(horizontal ? "xAxis" : "yAxis", valueAxis);
        if (series.size() > 1) {
            option.putObject("legend").put("top", 0);
        }
        ArrayNode all = option.putArray("series");
        for (Series one : series) {
            ObjectNode drawn = all.addObject().put("type", type == Type.LINE ? "line" : "bar").put("name", one.name());
            if (type == Type.LINE) {
                drawn.put("connectNulls", true).put("symbolSize", 8);
            } else {
                drawn.put("barMaxWidth", 48);
            }
            ArrayNode data = drawn.putArray("data");
            for (int i = 0; i < categories.size(); i++) {
                data.add(item(i, one));
            }
        }
    }

    private ObjectNode item(int index, Series of) {
        ObjectNode item = JSON.createObjectNode();
        Number value = of.values().get(index);
        if (value == null) {
            item.putNull("value");
        } else {
            item.put("value", value.doubleValue());
        }
        item.put("text", of.formatted(index));
        String colour = categories.get(index).colour();
        if (colour != null && (series.size() == 1 || type == Type.PIE)) {
            item.putObject("itemStyle").put("color", colour);
        }
        return item;
    }

    /**
     * Draws (or redraws) the chart in the element, with the formatters that JSON cannot carry, a click that
     * becomes a {@code chart-click} event, and a resize with the element. Charts of elements that left the page are
     * disposed. Texts from the data are escaped before they reach the tooltip's HTML.
     */
    private static final String DRAW = """
            const el = this, option = JSON.parse($0), keys = option.keys, scale = option.scale;
            delete option.keys; delete option.scale;
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              const charts = window.tableroCharts = window.tableroCharts || new Set();
              for (const chart of [...charts]) {
                if (!chart.getDom().isConnected) { chart.dispose(); charts.delete(chart); }
              }
              const esc = s => String(s).replace(/[&<>"']/g, c => '&#' + c.charCodeAt(0) + ';');
              const short = scale === 'MONEY'
                  ? new Intl.NumberFormat($1, {style: 'currency', currency: $2, notation: 'compact'})
                  : new Intl.NumberFormat($1, {notation: 'compact'});
              const axis = option.xAxis && option.xAxis.type === 'value' ? option.xAxis : option.yAxis;
              if (axis) {
                axis.axisLabel = Object.assign(axis.axisLabel || {}, {
                    formatter: v => short.format(v) + (scale === 'PERCENT' ? ' %' : '')});
              }
              option.tooltip.formatter = p => [].concat(p).map(i =>
                  (i.seriesType === 'pie' || option.series.length === 1 ? esc(i.name) + '<br>' : '')
                  + i.marker + (option.series.length > 1 ? esc(i.seriesName) + ': ' : '')
                  + '<b>' + esc(i.data.text) + '</b>' + (i.seriesType === 'pie' ? ' (' + i.percent + ' %)' : '')
                  ).join('<br>');
              option.textStyle = {fontFamily: getComputedStyle(el).fontFamily};
              let chart = echarts.getInstanceByDom(el);
              if (!chart) {
                chart = echarts.init(el, null, {renderer: 'svg'});
                charts.add(chart);
                chart.on('click', p => el.dispatchEvent(new CustomEvent('chart-click',
                    {detail: {key: el.tableroKeys[p.dataIndex]}})));
                new ResizeObserver(() => chart.resize()).observe(el);
              }
              el.tableroKeys = keys;
              chart.setOption(option, true);
            };
            draw();
            """;

    /** A click on a bar, slice or point. */
    @DomEvent("chart-click")
    public static class CategoryClickEvent extends ComponentEvent<Chart> {

        private final String key;

        public CategoryClickEvent(Chart source, boolean fromClient, @EventData("event.detail.key") String key) {
            super(source, fromClient);
            this.key = key;
        }

        /** The key of the category clicked. */
        public String key() {
            return key;
        }
    }
}
