package org.tablero.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.layout.MainLayout;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationPicker;
import org.tablero.organisation.OrganisationService;

/** The users of the administrator's organisation subtree: roles, organisation, password, lock-out. */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = new TextField();
    private final H3 formHeading = new H3();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Organisation> organisation;
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox enabled = new Checkbox();
    private final PasswordField newPassword = new PasswordField();
    private final Button unlock = new Button();
    private final ProblemDisplay problems = new ProblemDisplay();
    private UserAccount editing;

    public UsersView(UserService users, OrganisationService organisations) {
        this.users = users;
        addClassName("users-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        grid.addColumn(UserAccount::username).setHeader(getTranslation("user.username")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("user.display-name"));
        grid.addColumn(UserAccount::organisationName).setHeader(getTranslation("user.organisation"));
        grid.addColumn(user -> user.roles().stream().map(Labels::of).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.roles"));
        grid.addColumn(user -> getTranslation(!user.enabled() ? "user.state.disabled"
                : user.isLocked() ? "user.state.locked" : "user.state.active")).setHeader(getTranslation("user.state"))
                .setAutoWidth(true);
        grid.setItems(query -> users.page(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> users.count(search.getValue()));
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));

        username.setLabel(getTranslation("user.username"));
        displayName.setLabel(getTranslation("user.display-name"));
        email.setLabel(getTranslation("user.email"));
        organisation = OrganisationPicker.create(getTranslation("user.organisation"),
                organisations.visibleToCurrentUser());
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Labels::of);
        enabled.setLabel(getTranslation("user.enabled"));
        newPassword.setLabel(getTranslation("user.new-password"));
        newPassword.setHelperText(getTranslation("user.new-password.help", UserService.MIN_PASSWORD_LENGTH));
        problems.field("username", username).field("displayName", displayName).field("email", email)
                .field("organisationId", organisation).field("roles", roles).field("newPassword", newPassword);

        Button save = new Button(getTranslation("form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("user.new"), click -> grid.asSingleSelect().clear());
        unlock.setText(getTranslation("user.unlock"));
        unlock.addClickListener(click -> {
            UserAccount unlocked = users.unlock(editing.id());
            grid.getDataProvider().refreshAll();
            edit(unlocked);
        });
        FormLayout form = new FormLayout(username, displayName, email, organisation, roles, enabled, newPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout editor = new VerticalLayout(formHeading, form, new HorizontalLayout(save, add, unlock));
        editor.setWidth("28em");

        VerticalLayout list = new VerticalLayout(search, grid);
        list.setPadding(false);
        list.setSizeFull();
        HorizontalLayout body = new HorizontalLayout(list, editor);
        body.setSizeFull();
        body.setFlexGrow(1, list);
        add(new H2(getTranslation("users.heading")), body);
        setFlexGrow(1, body);
        edit(null);
    }

    private void edit(UserAccount user) {
        editing = user;
        problems.clear();
        formHeading.setText(user == null ? getTranslation("user.new") : user.username());
        username.setValue(user == null ? "" : user.username());
        displayName.setValue(user == null ? "" : user.displayName());
        email.setValue(user == null ? "" : user.email());
        organisation.setValue(user == null ? null : OrganisationPicker.find(organisation, user.organisationId())
                .orElse(null));
        roles.setValue(user == null ? Set.of() : user.roles());
        enabled.setValue(user == null || user.enabled());
        newPassword.clear();
        unlock.setVisible(user != null && user.isLocked());
    }

    private void save() {
        UserInput input = new UserInput(username.getValue().strip(), displayName.getValue().strip(),
                email.getValue().strip(), organisation.getOptionalValue().map(Organisation::id).orElse(null),
                roles.getValue(), enabled.getValue(), newPassword.getValue());
        try {
            UserAccount saved = editing == null ? users.create(input)
                    : users.update(editing.id(), editing.version(), input);
            Notification.show(getTranslation("form.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
            edit(saved);
        } catch (InvalidInputException refused) {
            problems.show(refused);
        } catch (ConcurrentEditException conflict) {
            Notification.show(getTranslation("form.concurrent-edit"), 10000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            grid.getDataProvider().refreshAll();
            edit(users.get(editing.id()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.heading") + " · " + getTranslation("app.name");
    }
}
