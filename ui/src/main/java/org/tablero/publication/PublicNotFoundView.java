package org.tablero.publication;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.tablero.layout.MainLayout;

/**
 * "Not found", answered with HTTP 404, for a project or organisation that does not exist or is not public (a
 * draft): the two look the same, so a guessed code reveals nothing. It says what to do next.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PublicNotFoundView extends VerticalLayout implements HasErrorParameter<PublicNotFoundException> {

    public PublicNotFoundView() {
        addClassNames("public-page", "public-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PublicNotFoundException> parameter) {
        removeAll();
        add(new H2(getTranslation("public.not-found.heading")),
                new Paragraph(getTranslation("public.not-found.text")),
                new Anchor(PublicAddresses.PROJECTS, getTranslation("public.not-found.search")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
