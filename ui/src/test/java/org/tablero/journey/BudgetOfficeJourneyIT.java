package org.tablero.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.tablero.TableroApplication;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.portfolio.PortfolioFilter;
import org.tablero.portfolio.PortfolioList;
import org.tablero.portfolio.PortfolioService;
import org.tablero.support.Fixtures;
import org.tablero.support.TestDatabase;

/** The budget office opens the portfolio, drills down from a chart to the projects behind a bar, exports them. */
@SpringBootTest(classes = TableroApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tablero.demo-data.enabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
class BudgetOfficeJourneyIT extends BrowserJourney {

    @Autowired
    PortfolioService portfolio;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_budget_office_drills_down_from_a_chart_and_exports_the_projects_behind_it() throws Exception {
        signIn("budget", "tablero-demo");
        page.getByText("Portfolio").first().click();
        page.waitForURL("**/portfolio");
        Locator levels = page.locator("section.chart-card")
                .filter(new Locator.FilterOptions().setHasText("Investment by level of government")).locator(".chart");
        levels.locator("svg").waitFor();
        page.waitForTimeout(1200); // the bars grow in an animation
        screenshot("budget-1-portfolio");

        List<?> bar = (List<?>) levels.evaluate("el => { const chart = echarts.getInstanceByDom(el);"
                + " const first = chart.getOption().series[0].data[0];"
                + " const value = typeof first === 'object' ? first.value : first;"
                + " return chart.convertToPixel({seriesIndex: 0}, [0, value / 2]); }");
        levels.click(new Locator.ClickOptions().setPosition(((Number) bar.get(0)).doubleValue(),
                ((Number) bar.get(1)).doubleValue()));

        page.waitForURL(Pattern.compile(".*/portfolio\\?level=CENTRAL$"));
        assertThat(page.locator("a.filter-chip")).containsText("National government");
        int behind = fixtures.as(fixtures.user("budget"), () -> portfolio.count(
                PortfolioFilter.none().withLevel(OrganisationLevel.CENTRAL), PortfolioList.ALL));
        assertThat(behind).isPositive();
        screenshot("budget-2-drilled-down");

        Download download = page.waitForDownload(() -> page.getByText("Download as Excel (XLSX)").click());
        Path file = Path.of("target", "screenshots", "portfolio-central.xlsx");
        download.saveAs(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
            assertThat(sheet.getLastRowNum()).as("one row per project behind the bar").isEqualTo(behind);
        }
    }
}
