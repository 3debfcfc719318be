package org.tablero.portfolio.generator;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --tablero.generate=true}: after Flyway has migrated the configured database, fills it with a generated
 * national portfolio and exits (ops/generate-portfolio.sh). Runs before any other start-up work, so that no demo
 * data is loaded in this mode.
 */
@Component
@ConditionalOnBooleanProperty("tablero.generate")
@Order(Ordered.HIGHEST_PRECEDENCE)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final PortfolioGenerator generator;
    private final ApplicationContext context;
    private final GeneratorSettings settings;

    GenerateCommand(PortfolioGenerator generator, ApplicationContext context,
            @Value("${tablero.generate.organisations:5000}") int organisations,
            @Value("${tablero.generate.projects:100000}") int projects,
            @Value("${tablero.generate.reports:2000000}") int reports,
            @Value("${tablero.generate.append:false}") boolean append,
            @Value("${tablero.generate.parent:#{null}}") String parent,
            @Value("${tablero.generate.password:tablero-demo}") String password,
            @Value("${tablero.generate.seed:20261128}") long seed) {
        this.generator = generator;
        this.context = context;
        this.settings = new GeneratorSettings(organisations, projects, reports, append, parent, password, seed,
                LocalDate.now());
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode = 0;
        try {
            log.info("Generating {} organisations, {} projects and {} progress reports", settings.organisations(),
                    settings.projects(), settings.reports());
            PortfolioGenerator.Result result = generator.generate(settings, log::info);
            log.info("Generated in {} s: {} organisations below {}, {} projects, {} yearly costs, {} baselines, "
                    + "{} progress reports, {} ratings", result.millis() / 1000, result.organisations(),
                    result.rootPath(), result.projects(), result.costYears(), result.baselines(), result.reports(),
                    result.ratings());
        } catch (RuntimeException e) {
            log.error("The generator stopped: {}", e.getMessage(), e);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
