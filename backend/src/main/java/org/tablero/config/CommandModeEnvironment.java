package org.tablero.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The one-shot commands ({@code --tablero.generate=true}, {@code --tablero.benchmark=true}) never load demo data
 * and exit when done. The web server still starts (the UI's security configuration needs a web application
 * context) but on a free port of the loopback interface only, so a command never clashes with, or stands in for,
 * a running Tablero.
 */
class CommandModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean command = environment.getProperty("tablero.generate", Boolean.class, false)
                || environment.getProperty("tablero.benchmark", Boolean.class, false);
        if (command) {
            environment.getPropertySources().addFirst(new MapPropertySource("tablero-command-mode", Map.of(
                    "server.port", "0",
                    "server.address", "127.0.0.1",
                    "tablero.demo-data.enabled", "false")));
        }
    }
}
