package org.tablero;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tablero.config.LocaleSelection;
import org.tablero.layout.LoadingShell;

/** Tablero: monitoring a government's portfolio of digital investments. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/tablero.css")
public class TableroApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TableroApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        LoadingShell.addTo(settings, VaadinService.getCurrent().getInstantiator().getI18NProvider(),
                LocaleSelection.of(VaadinSession.getCurrent(), settings.getRequest().getLocale()));
    }
}
