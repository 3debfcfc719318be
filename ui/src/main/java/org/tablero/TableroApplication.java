package org.tablero;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tablero: monitoring a government's portfolio of digital investments. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/tablero.css")
public class TableroApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TableroApplication.class, args);
    }
}
