package org.tablero.publication;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tablero.common.Labels;
import org.tablero.common.StatusBadge;
import org.tablero.layout.MainLayout;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * Every public project, one page at a time from the database, searched and filtered. The search, the filters and
 * the sort are part of the address, so that a list can be shared, and every figure of the overview leads here.
 */
@Route(value = PublicAddresses.PROJECTS, layout = MainLayout.class)
@AnonymousAllowed
public class PublicProjectsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PublicPortfolio portfolio;
    private final PublicFormats formats;
    private final Grid<PublicProject> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<PublicOrganisation> organisation = new ComboBox<>();
    private final Select<OrganisationLevel> level = new Select<>();
    private final Select<Category> category = new Select<>();
    private final Select<Tier> tier = new Select<>();
    private final Select<ProjectStatus> status = new Select<>();
    private final Select<VarianceColour> cost = new Select<>();
    private final Select<VarianceColour> schedule = new Select<>();
    private final Select<String> rating = new Select<>();
    private final Select<String> stale = new Select<>();
    private final Select<String> overBudget = new Select<>();
    private final Select<String> late = new Select<>();
    private final NativeDetails more;
    private final Span count = new Span();
    private final Anchor download = new Anchor();
    private PublicProjectFilter filter = PublicProjectFilter.none();
    private boolean applyingAddress;

    public PublicProjectsView(PublicPortfolio portfolio, PublicFormats.Factory formatsFactory) {
        this.portfolio = portfolio;
        this.formats = formatsFactory.of(getLocale());
        addClassNames("public-page", "public-projects");
        setHeightFull();

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("public.projects.heading")), count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("list-header");
        count.setId("public-project-count");
        count.getElement().setAttribute("aria-live", "polite");

        text.setLabel(getTranslation("public.search.label"));
        text.setPlaceholder(getTranslation("public.search.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);
        organisation.setLabel(getTranslation("project.organisation"));
        organisation.setItems(portfolio.organisations());
        organisation.setItemLabelGenerator(PublicOrganisation::name);
        organisation.setClearButtonVisible(true);
        configure(level, "public.column.level", Arrays.asList(OrganisationLevel.values()), Labels::of);
        configure(category, "project.category", Arrays.asList(Category.values()), Labels::of);
        configure(tier, "project.tier", Arrays.asList(Tier.values()), Labels::of);
        configure(status, "project.status", Arrays.stream(ProjectStatus.values())
                .filter(value -> value != ProjectStatus.DRAFT).toList(), Labels::of);
        configure(cost, "project.cost-variance", Arrays.asList(VarianceColour.values()),
                colour -> formats.band(this, colour));
        configure(schedule, "project.schedule-variance", Arrays.asList(VarianceColour.values()),
                colour -> formats.band(this, colour));
        configure(rating, "public.column.rating", List.of("1", "2", "3", "4", "5"),
                value -> getTranslation("public.rating." + value));
        configure(stale, "public.filter.stale", List.of("true", "false"),
                value -> getTranslation("public.stale." + value));
        configure(overBudget, "public.filter.over-budget", List.of("true", "false"),
                value -> getTranslation("public.filter.yes-no." + value));
        configure(late, "public.filter.late", List.of("true", "false"),
                value -> getTranslation("public.filter.yes-no." + value));

        HorizontalLayout filters = new HorizontalLayout(text, organisation, status, category, level, tier);
        filters.addClassName("filters");
        filters.setWrap(true);
        HorizontalLayout moreFilters = new HorizontalLayout(cost, schedule, overBudget, late, rating, stale);
        moreFilters.setWrap(true);
        moreFilters.addClassName("filters");
        more = new NativeDetails(getTranslation("public.filter.more"), moreFilters);
        more.addClassName("more-filters");
        download.setText(getTranslation("public.projects.download"));
        download.setHref(PublicAddresses.API + "/" + PublicDataset.PROJECTS.name() + ".csv");
        download.setRouterIgnore(true);
        download.addClassName("download-link");

        configureGrid();
        add(header, filters, more, grid, download);
        setFlexGrow(1, grid);
    }

    private <T> void configure(Select<T> select, String labelKey, List<T> values, Function<T, String> label) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("projects.filter.any"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("projects.filter.any")
                : label.apply(value));
        select.addValueChangeListener(event -> filtersChanged());
    }

    private void configureGrid() {
        sortable(grid.addColumn(PublicProject::code), "project.code", PublicProjectSort.CODE).setAutoWidth(true);
        sortable(grid.addComponentColumn(this::titleAndOrganisation), "project.title", PublicProjectSort.TITLE)
                .setWidth("18em").setFlexGrow(1);
        sortable(grid.addComponentColumn(project -> StatusBadge.of(project.status())), "project.status",
                PublicProjectSort.STATUS).setAutoWidth(true);
        sortable(grid.addColumn(project -> formats.money(project.lifecycleCost())), "project.lifecycle-cost",
                PublicProjectSort.LIFECYCLE_COST).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        sortable(grid.addComponentColumn(project -> VarianceBadges.cost(this, formats, project.costVariancePct(),
                project.costColour())), "project.cost-variance", PublicProjectSort.COST_VARIANCE).setAutoWidth(true);
        sortable(grid.addComponentColumn(project -> VarianceBadges.schedule(this, formats, project.scheduleVarianceDays(),
                project.scheduleColour())), "project.schedule-variance", PublicProjectSort.SCHEDULE_VARIANCE)
                .setAutoWidth(true);
        sortable(grid.addColumn(project -> project.rating() == null ? ""
                : getTranslation("public.rating." + project.rating())), "public.column.rating",
                PublicProjectSort.RATING).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setItems(query -> {
            GridSortOrder<PublicProject> order = grid.getSortOrder().stream().findFirst().orElse(null);
            PublicProjectSort sort = order == null ? PublicProjectSort.LIFECYCLE_COST
                    : sortOf(order.getSorted().getKey());
            boolean ascending = order != null && order.getDirection() == SortDirection.ASCENDING;
            return portfolio.projects(filter, sort, ascending, query.getPage(), query.getPageSize()).items().stream();
        }, query -> {
            long total = portfolio.projects(filter, PublicProjectSort.CODE, true, 0, 1).total();
            count.setText(getTranslation("projects.count", total));
            return (int) Math.min(total, Integer.MAX_VALUE);
        });
        grid.addSortListener(event -> {
            if (event.isFromClient()) {
                updateAddress();
            }
        });
        grid.addClassName("public-projects-grid");
        grid.setAllRowsVisible(false);
        grid.getElement().setAttribute("aria-label", getTranslation("public.projects.heading"));
    }

    private Div titleAndOrganisation(PublicProject project) {
        Anchor title = new Anchor(PublicAddresses.project(project.code()), project.title());
        Span organisationName = new Span(project.organisationName());
        organisationName.addClassName("secondary");
        Div cell = new Div(title, organisationName);
        cell.addClassName("title-cell");
        return cell;
    }

    private static PublicProjectSort sortOf(String field) {
        return Arrays.stream(PublicProjectSort.values()).filter(sort -> sort.field().equals(field)).findFirst()
                .orElse(PublicProjectSort.LIFECYCLE_COST);
    }

    private void filtersChanged() {
        if (applyingAddress) {
            return;
        }
        filter = new PublicProjectFilter(organisation.getOptionalValue().map(PublicOrganisation::code).orElse(null),
                level.getValue(), category.getValue(), tier.getValue(), status.getValue(),
                text.getValue().isBlank() ? null : text.getValue().strip(), cost.getValue(), schedule.getValue(),
                rating.getValue() == null ? null : Integer.valueOf(rating.getValue()), bool(stale),
                bool(overBudget), bool(late));
        grid.getDataProvider().refreshAll();
        updateAddress();
    }

    private static @Nullable Boolean bool(Select<String> select) {
        return select.getValue() == null ? null : Boolean.valueOf(select.getValue());
    }

    private void updateAddress() {
        Map<String, String> parameters = PublicAddresses.parameters(filter);
        grid.getSortOrder().stream().findFirst().ifPresent(order -> {
            parameters.put(PublicAddresses.SORT, order.getSorted().getKey());
            parameters.put(PublicAddresses.DIRECTION, order.getDirection() == SortDirection.ASCENDING ? "asc" : "desc");
        });
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(PublicAddresses.PROJECTS, QueryParameters.simple(parameters))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        PublicProjectFilter asked = PublicAddresses.filter(query);
        applyingAddress = true;
        try {
            PublicOrganisation chosen = organisation.getListDataView().getItems()
                    .filter(candidate -> candidate.code().equals(asked.organisationCode())).findFirst().orElse(null);
            organisation.setValue(chosen);
            text.setValue(Objects.requireNonNullElse(asked.text(), ""));
            level.setValue(asked.level());
            category.setValue(asked.category());
            tier.setValue(asked.tier());
            status.setValue(asked.status());
            cost.setValue(asked.costColour());
            schedule.setValue(asked.scheduleColour());
            rating.setValue(asked.rating() == null ? null : asked.rating().toString());
            stale.setValue(asked.stale() == null ? null : asked.stale().toString());
            overBudget.setValue(asked.overBudget() == null ? null : asked.overBudget().toString());
            late.setValue(asked.late() == null ? null : asked.late().toString());
            // an unknown organisation in a shared address is left out rather than failing the page
            filter = chosen == null && asked.organisationCode() != null ? withoutOrganisation(asked) : asked;
        } finally {
            applyingAddress = false;
        }
        more.setOpen(filter.costColour() != null || filter.scheduleColour() != null || filter.rating() != null
                || filter.stale() != null || filter.overBudget() != null || filter.late() != null);
        PublicAddresses.sort(query).ifPresent(sort -> grid.sort(List.of(new GridSortOrder<>(
                grid.getColumnByKey(sort.field()),
                PublicAddresses.ascending(query) ? SortDirection.ASCENDING : SortDirection.DESCENDING))));
        grid.getDataProvider().refreshAll();
    }

    /** The column's key and sort property are the sort's field, as the address and the API name it. */
    private Grid.Column<PublicProject> sortable(Grid.Column<PublicProject> column, String headerKey,
            PublicProjectSort sort) {
        return column.setHeader(getTranslation(headerKey)).setKey(sort.field()).setSortProperty(sort.field())
                .setFlexGrow(0);
    }

    private static PublicProjectFilter withoutOrganisation(PublicProjectFilter filter) {
        return new PublicProjectFilter(null, filter.level(), filter.category(), filter.tier(), filter.status(),
                filter.text(), filter.costColour(), filter.scheduleColour(), filter.rating(), filter.stale(),
                filter.overBudget(), filter.late());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.projects.heading") + " · " + getTranslation("app.name");
    }
}
