package org.tablero.project;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.InvalidInputException;
import org.tablero.common.FieldProblem;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.identity.CurrentUser;
import org.tablero.layout.MainLayout;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationPicker;
import org.tablero.organisation.OrganisationService;

/** Create a project, or change one that is still a draft or was returned for changes. */
@Route(value = "projects/new", layout = MainLayout.class)
@RouteAlias(value = "projects/:id/edit", layout = MainLayout.class)
@RolesAllowed("AGENCY_OFFICER")
public class ProjectFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectService projects;
    private final H2 heading = new H2();
    // package-private so that the view tests can fill the form in as a user would
    final TextField code = new TextField();
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final ComboBox<Organisation> organisation;
    final Select<Category> category = new Select<>();
    final Select<PolicyArea> policyArea = new Select<>();
    final Select<DeliveryApproach> deliveryApproach = new Select<>();
    final IntegerField iterationWeeks = new IntegerField();
    final Select<FundingSource> fundingSource = new Select<>();
    final DatePicker plannedStart = new DatePicker();
    final DatePicker plannedEnd = new DatePicker();
    final CheckboxGroup<Infrastructure> infrastructure = new CheckboxGroup<>();
    final Checkbox usesAi = new Checkbox();
    final Checkbox aiDecidesAboutPeople = new Checkbox();
    final CostTable costs = new CostTable();
    final Button save = new Button();
    private final ProblemDisplay problems = new ProblemDisplay();
    private Project editing;

    public ProjectFormView(ProjectService projects, OrganisationService organisations) {
        this.projects = projects;
        addClassName("project-form");
        setMaxWidth("60em");

        label(code, "project.code");
        code.setHelperText(getTranslation("project.code.help"));
        code.setMaxLength(ProjectRules.MAX_CODE);
        label(title, "project.title");
        title.setWidthFull();
        label(summary, "project.summary");
        summary.setHelperText(getTranslation("project.summary.help"));
        organisation = OrganisationPicker.create(getTranslation("project.organisation"),
                organisations.visibleToCurrentUser());
        organisation.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && editing == null) {
                code.setValue(projects.suggestCode(event.getValue().id()));
            }
        });
        choose(category, "project.category", Category.values());
        choose(policyArea, "project.policy-area", PolicyArea.values());
        choose(deliveryApproach, "project.delivery-approach", DeliveryApproach.values());
        choose(fundingSource, "project.funding-source", FundingSource.values());
        label(iterationWeeks, "project.iteration-weeks");
        iterationWeeks.setStepButtonsVisible(true);
        deliveryApproach.addValueChangeListener(event -> iterationWeeks.setEnabled(
                event.getValue() == null || event.getValue().hasIterations()));
        plannedStart.setLabel(getTranslation("project.planned-start"));
        plannedEnd.setLabel(getTranslation("project.planned-end"));
        plannedStart.setLocale(getLocale());
        plannedEnd.setLocale(getLocale());
        plannedStart.addValueChangeListener(event -> coverPlannedYears());
        plannedEnd.addValueChangeListener(event -> coverPlannedYears());
        infrastructure.setLabel(getTranslation("project.infrastructure"));
        infrastructure.setItems(Infrastructure.values());
        infrastructure.setItemLabelGenerator(Labels::of);
        usesAi.setLabel(getTranslation("project.uses-ai.question"));
        aiDecidesAboutPeople.setLabel(getTranslation("project.ai-decides.question"));

        FormLayout form = new FormLayout(code, organisation, title, summary, category, policyArea, deliveryApproach,
                iterationWeeks, fundingSource, plannedStart, plannedEnd, infrastructure, usesAi,
                aiDecidesAboutPeople);
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        form.setColspan(infrastructure, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        problems.field("code", code).field("title", title).field("summary", summary)
                .field("organisationId", organisation).field("category", category).field("policyArea", policyArea)
                .field("deliveryApproach", deliveryApproach).field("iterationWeeks", iterationWeeks)
                .field("fundingSource", fundingSource).field("plannedStart", plannedStart)
                .field("plannedEnd", plannedEnd).field("aiDecidesAboutPeople", aiDecidesAboutPeople)
                .message("costs", costs.problem());

        save.setText(getTranslation("form.save"));
        save.addClickListener(click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save");
        Button cancel = new Button(getTranslation("form.cancel"), click -> leave());
        add(heading, form, new H3(getTranslation("project.costs-by-year")), costs, new HorizontalLayout(save, cancel));
    }

    private void label(Component field, String key) {
        field.getElement().setProperty("label", getTranslation(key));
    }

    private <T extends Enum<T>> void choose(Select<T> select, String labelKey, T[] values) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(Labels::of);
    }

    private void coverPlannedYears() {
        if (plannedStart.getValue() != null && plannedEnd.getValue() != null) {
            costs.coverYears(plannedStart.getValue().getYear(), plannedEnd.getValue().getYear());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("id").isEmpty()) {
            editing = null;
            heading.setText(getTranslation("project.new.heading"));
            organisation.setValue(OrganisationPicker.find(organisation, CurrentUser.get().organisationId())
                    .orElse(null));
            if (organisation.getValue() != null) {
                code.setValue(projects.suggestCode(organisation.getValue().id()));
            }
            return;
        }
        ProjectRoutes.load(event, projects).ifPresent(project -> {
            if (!projects.canEdit(project)) {
                event.forwardTo(ProjectView.class, new RouteParameters("id", String.valueOf(project.id())));
                return;
            }
            show(project);
        });
    }

    private void show(Project project) {
        editing = project;
        heading.setText(getTranslation("project.edit.heading", project.code()));
        ProjectInput input = project.toInput();
        code.setValue(input.code());
        title.setValue(input.title());
        summary.setValue(input.summary());
        organisation.setValue(OrganisationPicker.find(organisation, input.organisationId()).orElse(null));
        category.setValue(input.category());
        policyArea.setValue(input.policyArea());
        deliveryApproach.setValue(input.deliveryApproach());
        iterationWeeks.setValue(input.iterationWeeks());
        fundingSource.setValue(input.fundingSource());
        plannedStart.setValue(input.plannedStart());
        plannedEnd.setValue(input.plannedEnd());
        infrastructure.setValue(input.infrastructure());
        usesAi.setValue(input.usesAi());
        aiDecidesAboutPeople.setValue(input.aiDecidesAboutPeople());
        costs.setValue(input.costs());
    }

    private ProjectInput input() {
        return new ProjectInput(code.getValue().strip(), title.getValue(), summary.getValue(),
                organisation.getOptionalValue().map(Organisation::id).orElse(null), category.getValue(),
                policyArea.getValue(), deliveryApproach.getValue(), iterationWeeks.getValue(), usesAi.getValue(),
                aiDecidesAboutPeople.getValue(), fundingSource.getValue(), plannedStart.getValue(),
                plannedEnd.getValue(), infrastructure.getValue(), costs.getValue());
    }

    private void save() {
        if (costs.hasUnreadableInput()) {
            problems.show(new InvalidInputException(FieldProblem.of("costs", "validation.cost-not-a-number")));
            return;
        }
        try {
            Project saved = editing == null ? projects.create(input())
                    : projects.update(editing.id(), editing.version(), input());
            Notification.show(getTranslation("project.saved", saved.code()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ProjectView.class, new RouteParameters("id",
                    String.valueOf(saved.id()))));
        } catch (InvalidInputException refused) {
            problems.show(refused);
        } catch (ConcurrentEditException conflict) {
            Notification notification = Notification.show(getTranslation("form.concurrent-edit"), 10000,
                    Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            show(projects.get(editing.id()));
        }
    }

    private void leave() {
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(ProjectsView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ProjectView.class, new RouteParameters("id",
                    String.valueOf(editing.id()))));
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
