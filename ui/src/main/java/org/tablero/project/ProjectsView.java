package org.tablero.project;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tablero.common.Formats;
import org.tablero.common.Labels;
import org.tablero.common.StatusBadge;
import org.tablero.config.TableroProperties;
import org.tablero.identity.CurrentUser;
import org.tablero.identity.Role;
import org.tablero.layout.MainLayout;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationPicker;
import org.tablero.organisation.OrganisationService;

/**
 * The project register: every project of the user's organisation subtree, one page at a time from the
 * database. The filters are part of the address, so a filtered list can be shared.
 */
@Route(value = "projects", layout = MainLayout.class)
@PermitAll
public class ProjectsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectService projects;
    private final transient TableroProperties properties;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final ComboBox<Organisation> organisation;
    private final Select<ProjectStatus> status = new Select<>();
    private final Select<Category> category = new Select<>();
    private final Select<Tier> tier = new Select<>();
    private final TextField text = new TextField();
    private final Span count = new Span();
    private boolean applyingAddress;

    public ProjectsView(ProjectService projects, OrganisationService organisations, TableroProperties properties) {
        this.projects = projects;
        this.properties = properties;
        addClassName("projects-view");
        setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("projects.heading")), count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (CurrentUser.get().hasRole(Role.AGENCY_OFFICER)) {
            Button create = new Button(getTranslation("projects.new"), VaadinIcon.PLUS.create(),
                    event -> event.getSource().getUI().ifPresent(ui -> ui.navigate(ProjectFormView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }

        organisation = OrganisationPicker.create(getTranslation("projects.filter.organisation"),
                organisations.visibleToCurrentUser());
        organisation.setClearButtonVisible(true);
        configure(status, "projects.filter.status", ProjectStatus.values());
        configure(category, "projects.filter.category", Category.values());
        configure(tier, "projects.filter.tier", Tier.values());
        text.setLabel(getTranslation("projects.filter.text"));
        text.setPlaceholder(getTranslation("projects.filter.text-placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);
        HorizontalLayout filters = new HorizontalLayout(text, organisation, status, category, tier);
        filters.addClassName("filters");
        filters.setWrap(true);
        organisation.addValueChangeListener(event -> filtersChanged());
        status.addValueChangeListener(event -> filtersChanged());
        category.addValueChangeListener(event -> filtersChanged());
        tier.addValueChangeListener(event -> filtersChanged());
        text.addValueChangeListener(event -> filtersChanged());

        configureGrid();
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    private <T extends Enum<T>> void configure(Select<T> select, String labelKey, T[] values) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("projects.filter.any"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("projects.filter.any") : Labels.of(value));
    }

    private void configureGrid() {
        grid.addColumn(ProjectSummary::code).setHeader(getTranslation("project.code"))
                .setSortProperty(ProjectSort.CODE.name()).setWidth("15em").setFlexGrow(0);
        // title and organisation share a column so that the register fits a laptop screen
        grid.addComponentColumn(this::titleAndOrganisation).setHeader(getTranslation("project.title"))
                .setSortProperty(ProjectSort.TITLE.name()).setWidth("18em").setFlexGrow(1);
        grid.addComponentColumn(this::statusAndTier).setHeader(getTranslation("project.status"))
                .setSortProperty(ProjectSort.STATUS.name()).setWidth("15em").setFlexGrow(0);
        grid.addColumn(project -> Formats.money(project.lifecycleCost(), properties.currency(), getLocale()))
                .setHeader(getTranslation("project.lifecycle-cost")).setSortProperty(ProjectSort.LIFECYCLE_COST.name())
                .setTextAlign(ColumnTextAlign.END).setWidth("11em").setFlexGrow(0);
        grid.addColumn(project -> Formats.date(project.plannedEnd(), getLocale()))
                .setHeader(getTranslation("project.planned-end")).setSortProperty(ProjectSort.PLANNED_END.name())
                .setWidth("9em").setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setItems(query -> {
            ProjectSort sort = query.getSortOrders().stream().findFirst()
                    .map(sortOrder -> ProjectSort.valueOf(sortOrder.getSorted())).orElse(ProjectSort.LAST_CHANGED);
            boolean ascending = query.getSortOrders().stream().findFirst()
                    .map(sortOrder -> sortOrder.getDirection() == SortDirection.ASCENDING).orElse(false);
            return projects.page(filter(), sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> {
            int total = projects.count(filter());
            count.setText(getTranslation("projects.count", total));
            return total;
        });
        grid.addItemClickListener(event -> getUI().ifPresent(ui ->
                ui.navigate(ProjectView.class, new RouteParameters("id",
                        String.valueOf(event.getItem().id())))));
        grid.addClassName("projects-grid");
    }

    private Div titleAndOrganisation(ProjectSummary project) {
        Span organisationName = new Span(project.organisationName());
        organisationName.addClassName("secondary");
        Div cell = new Div(new Span(project.title()), organisationName);
        cell.addClassName("title-cell");
        return cell;
    }

    private HorizontalLayout statusAndTier(ProjectSummary project) {
        HorizontalLayout badges = new HorizontalLayout(StatusBadge.of(project.status()));
        badges.setSpacing(false);
        badges.addClassName("badges");
        if (project.tier() == Tier.STRATEGIC) {
            badges.add(StatusBadge.of(project.tier()));
        }
        return badges;
    }

    private ProjectFilter filter() {
        return new ProjectFilter(organisation.getOptionalValue().map(Organisation::id).orElse(null),
                status.getValue(), category.getValue(), tier.getValue(), text.getValue());
    }

    private void filtersChanged() {
        if (applyingAddress) {
            return;
        }
        grid.getDataProvider().refreshAll();
        Map<String, String> parameters = new LinkedHashMap<>();
        organisation.getOptionalValue().ifPresent(org -> parameters.put("organisation", String.valueOf(org.id())));
        Optional.ofNullable(status.getValue()).ifPresent(value -> parameters.put("status", value.name()));
        Optional.ofNullable(category.getValue()).ifPresent(value -> parameters.put("category", value.name()));
        Optional.ofNullable(tier.getValue()).ifPresent(value -> parameters.put("tier", value.name()));
        if (!text.getValue().isBlank()) {
            parameters.put("q", text.getValue());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("projects", QueryParameters.simple(parameters))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        applyingAddress = true;
        try {
            first(parameters, "organisation").flatMap(this::parseLong)
                    .flatMap(id -> OrganisationPicker.find(organisation, id)).ifPresent(organisation::setValue);
            first(parameters, "status").flatMap(parser(ProjectStatus.class)).ifPresent(status::setValue);
            first(parameters, "category").flatMap(parser(Category.class)).ifPresent(category::setValue);
            first(parameters, "tier").flatMap(parser(Tier.class)).ifPresent(tier::setValue);
            first(parameters, "q").ifPresent(text::setValue);
        } finally {
            applyingAddress = false;
        }
        grid.getDataProvider().refreshAll();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException ignored) {
            return Optional.empty();
        }
    }

    /** An unknown value in a shared address is ignored rather than failing the page. */
    private static <T extends Enum<T>> Function<String, Optional<T>> parser(Class<T> type) {
        return value -> Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value))
                .findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.heading") + " · " + getTranslation("app.name");
    }
}
