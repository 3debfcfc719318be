package org.tablero.portfolio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tablero.common.Page;
import org.tablero.config.ApiErrors;
import org.tablero.config.ApiRequests;
import org.tablero.monitoring.VarianceColour;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.project.Category;
import org.tablero.project.FundingSource;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * The budget office's portfolio for other systems: the summary as JSON, its lists, and exports of any drill-down
 * as XLSX or CSV, all within the caller's organisation subtree.
 */
@RestController
@RequestMapping("/api/v1/portfolio")
@Tag(name = "Portfolio", description = "Totals, roll-ups, distributions and lists of the portfolio, and exports")
class PortfolioApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PortfolioService portfolio;
    private final MessageSource messages;

    PortfolioApi(PortfolioService portfolio, MessageSource messages) {
        this.portfolio = portfolio;
        this.messages = messages;
    }

    /** The query parameters of a drill-down; each is optional and they narrow the portfolio together. */
    record FilterParameters(
            @Parameter(description = "an organisation; its whole subtree is taken") Long organisation,
            @Parameter(description = "the level of the owning organisation") OrganisationLevel level,
            Category category,
            Tier tier,
            ProjectStatus status,
            @Parameter(description = "projects with an estimated cost in this fiscal year") Integer fiscalYear,
            FundingSource fundingSource,
            @Parameter(description = "the colour of the current cost variance") VarianceColour costColour,
            @Parameter(description = "the colour of the current schedule variance") VarianceColour scheduleColour,
            @Parameter(description = "the latest rating, 1 (high risk) to 5 (low risk)") Integer rating,
            @Parameter(description = "only projects in execution without a recent report") Boolean staleOnly) {

        PortfolioFilter toFilter() {
            return new PortfolioFilter(organisation, level, category, tier, status, fiscalYear, fundingSource,
                    costColour, scheduleColour, rating, Boolean.TRUE.equals(staleOnly));
        }
    }

    @GetMapping
    @Operation(summary = "The portfolio within the filter: headline figures, the organisation tree with its figures "
            + "rolled up, breakdowns by level, category, tier, status, fiscal year and funding source, and the "
            + "distributions of cost and schedule colours and ratings")
    PortfolioSummary summary(@ParameterObject FilterParameters filter) {
        return portfolio.summary(filter.toFilter());
    }

    @GetMapping("/projects")
    @Operation(summary = "One page of a list of the portfolio within the filter: every project (the projects behind "
            + "a figure), or those at risk, stale, over budget or late")
    Page<PortfolioProject> projects(@ParameterObject FilterParameters filter,
            @RequestParam(defaultValue = "ALL") PortfolioList list,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ApiRequests.checkPage(page, size);
        PortfolioFilter drillDown = filter.toFilter();
        List<PortfolioProject> items = portfolio.projects(drillDown, list, page * size, size);
        return new Page<>(items, page, size, portfolio.count(drillDown, list));
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "Every project of the filter as an XLSX workbook, streamed; headings in the request's "
            + "language")
    void exportXlsx(@ParameterObject FilterParameters filter, HttpServletResponse response) {
        portfolio.exportXlsx(filter.toFilter(), locale(), download(response, XLSX, "xlsx"));
    }

    @GetMapping("/export.csv")
    @Operation(summary = "Every project of the filter as CSV (UTF-8), streamed; headings in the request's language")
    void exportCsv(@ParameterObject FilterParameters filter, HttpServletResponse response) {
        portfolio.exportCsv(filter.toFilter(), locale(), download(response, "text/csv; charset=UTF-8", "csv"));
    }

    /** A parameter that is not one of the allowed values is a bad request, as for the other APIs. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiErrors.Problem> unreadable(BindException refused) {
        String fields = String.join(", ", refused.getFieldErrors().stream().map(e -> "'" + e.getField() + "'").toList());
        String message = messages.getMessage("api.bad-request", null, "The request cannot be read", locale());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ApiErrors.Problem(
                HttpStatus.BAD_REQUEST.value(), message + ": " + fields + " has a value of the wrong type", List.of()));
    }

    private static Locale locale() {
        Locale requested = LocaleContextHolder.getLocale();
        return Set.of("es", "pt").contains(requested.getLanguage()) ? requested : Locale.ENGLISH;
    }

    /**
     * The response body, which becomes a download only when the first byte is written: a filter refused before
     * that is still answered with the API's JSON error.
     */
    private static OutputStream download(HttpServletResponse response, String contentType, String extension) {
        return new OutputStream() {
            private OutputStream body;

            private OutputStream body() throws IOException {
                if (body == null) {
                    response.setContentType(contentType);
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"portfolio-" + LocalDate.now() + "." + extension + "\"");
                    body = response.getOutputStream();
                }
                return body;
            }

            @Override
            public void write(int b) throws IOException {
                body().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                body().write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (body != null) {
                    body.flush();
                }
            }
        };
    }
}
