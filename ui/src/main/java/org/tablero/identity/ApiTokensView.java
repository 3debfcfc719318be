package org.tablero.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tablero.common.Formats;
import org.tablero.common.InvalidInputException;
import org.tablero.common.ProblemDisplay;
import org.tablero.layout.MainLayout;

/**
 * The signed-in user's personal API tokens: create one (its secret is shown this once), see when each was
 * last used, revoke it.
 */
@Route(value = "account/api-tokens", layout = MainLayout.class)
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();
    final TextField name = new TextField();
    final Button create = new Button();

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("api-tokens-view");
        name.setLabel(getTranslation("tokens.name"));
        name.setHelperText(getTranslation("tokens.name.help"));
        name.setMaxLength(100);
        create.setText(getTranslation("tokens.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ProblemDisplay problems = new ProblemDisplay().field("name", name);
        create.addClickListener(click -> {
            try {
                NewApiToken created = tokens.create(name.getValue());
                name.clear();
                problems.clear();
                showOnce(created);
                refresh();
            } catch (InvalidInputException refused) {
                problems.show(refused);
            }
        });
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.name"));
        grid.addColumn(token -> token.prefix() + "…").setHeader(getTranslation("tokens.starts-with"));
        grid.addColumn(token -> Formats.dateTime(token.createdAt(), getLocale()))
                .setHeader(getTranslation("tokens.created"));
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("tokens.never")
                : Formats.dateTime(token.lastUsedAt(), getLocale())).setHeader(getTranslation("tokens.last-used"));
        grid.addComponentColumn(token -> {
            if (!token.isActive()) {
                return new Paragraph(getTranslation("tokens.revoked", Formats.dateTime(token.revokedAt(), getLocale())));
            }
            Button revoke = new Button(getTranslation("tokens.revoke"), click -> {
                tokens.revoke(token.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setHeader(getTranslation("tokens.state"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("tokens.heading")), new Paragraph(getTranslation("tokens.intro")), form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private void showOnce(NewApiToken created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.created-heading", created.token().name()));
        TextField secret = new TextField();
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidth("36em");
        secret.addClassName("token-secret");
        dialog.add(new Paragraph(getTranslation("tokens.copy-now")), secret);
        dialog.getFooter().add(new Button(getTranslation("tokens.done"), click -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.heading") + " · " + getTranslation("app.name");
    }
}
