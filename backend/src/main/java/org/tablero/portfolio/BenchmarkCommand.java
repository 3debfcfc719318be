package org.tablero.portfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
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
import org.tablero.project.ProjectService;

/**
 * {@code --tablero.benchmark=true}: measures the portfolio view and the register on the configured database, writes
 * the tables (Markdown) to {@code tablero.benchmark.output} and exits (ops/benchmark-portfolio.sh). With
 * {@code --tablero.benchmark.mode=export} it exports the whole portfolio as XLSX instead, for a run at
 * {@code -Xmx512m}.
 *
 * <p>A runner inside the application rather than JMH: the figures that matter are those of the real service
 * methods, with their security proxies, transactions and connection pool, against the real database, next to the
 * same SQL bare; JMH's strength, measuring small pieces of code without the JIT fooling the measurement, is not
 * what a 100 ms database round trip needs.
 */
@Component
@ConditionalOnBooleanProperty("tablero.benchmark")
@Order(Ordered.HIGHEST_PRECEDENCE)
class BenchmarkCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkCommand.class);

    private final PortfolioBenchmark benchmark;
    private final ApplicationContext context;
    private final String mode;
    private final Path output;
    private final List<String> lines = new ArrayList<>();

    BenchmarkCommand(PortfolioService portfolio, PortfolioRepository repository, ProjectService projects,
            DataSource dataSource, DSLContext db, ApplicationContext context,
            @Value("${tablero.benchmark.mode:all}") String mode,
            @Value("${tablero.benchmark.output:target/benchmark-portfolio.md}") Path output,
            @Value("${tablero.benchmark.warmup:10}") int warmup,
            @Value("${tablero.benchmark.runs:50}") int runs) {
        this.output = output;
        this.benchmark = new PortfolioBenchmark(portfolio, repository, projects, dataSource, db, warmup, runs,
                line -> {
                    log.info(line);
                    lines.add(line);
                });
        this.context = context;
        this.mode = mode;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode = 0;
        try {
            if (mode.equals("export")) {
                var national = benchmark.nationalBudgetOffice();
                Path file = output.resolveSibling("portfolio-export.xlsx");
                benchmark.export(national, benchmark.stateBudgetOffice(national), file);
            } else {
                benchmark.run();
            }
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.write(output, lines);
            log.info("Benchmark written to {}", output.toAbsolutePath());
        } catch (Exception e) {
            log.error("The benchmark stopped: {}", e.getMessage(), e);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
