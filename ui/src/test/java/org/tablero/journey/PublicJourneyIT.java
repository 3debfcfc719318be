package org.tablero.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.tablero.TableroApplication;
import org.tablero.support.TestDatabase;

/**
 * A citizen without an account: opens the overview and sees the charts drawn, switches to Spanish, follows a
 * figure to the projects behind it and opens one, and downloads the projects as CSV from the open-data page. The
 * overview is photographed at desktop and phone widths, and its first paint is measured in Chromium.
 */
@SpringBootTest(classes = TableroApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tablero.demo-data.enabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
class PublicJourneyIT extends BrowserJourney {

    /** Every chart of the overview has drawn its SVG. */
    private static final String CHARTS_DRAWN = "document.querySelectorAll('.chart').length >= 9 && "
            + "[...document.querySelectorAll('.chart')].every(chart => chart.querySelector('svg, canvas'))";

    @Test
    void an_anonymous_visitor_reads_the_overview_switches_language_opens_a_project_and_downloads_a_csv()
            throws IOException {
        // the page's own loading frame is painted before Vaadin's client runs, in the visitor's language
        String bootstrap = page.request().get(url(""), RequestOptions.create().setHeader("Accept-Language", "pt-BR"))
                .text();
        assertThat(bootstrap).contains("id=\"tablero-loading\"", "Carregando…");
        page.navigate(url(""));
        page.waitForFunction(CHARTS_DRAWN);
        assertThat(page.locator("#tablero-loading")).isHidden(); // the loading frame gave way to the view
        assertThat(page.locator(".chart svg").first()).isVisible();
        assertThat(page.locator(".tile-projects .tile-value")).hasText(java.util.regex.Pattern.compile("\\d+"));
        measureFirstPaint();
        screenshot("public-1-overview-desktop");
        page.setViewportSize(1366, 3000); // the layout scrolls inside the page: a tall window shows every chart
        page.waitForTimeout(300);
        screenshot("public-1b-overview-charts");
        page.setViewportSize(390, 844);
        page.waitForTimeout(300); // the charts follow the resize
        screenshot("public-2-overview-phone");
        page.setViewportSize(1366, 900);

        page.locator("vaadin-select.language-switch").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("español")).click();
        page.waitForFunction(CHARTS_DRAWN);
        assertThat(page.locator(".tile-investment .tile-label")).hasText("Inversión total");

        page.locator(".tile-in-execution").click();
        page.waitForURL("**/public/projects?status=IN_EXECUTION");
        Locator firstProject = page.locator("vaadin-grid-cell-content .title-cell a").first();
        String title = firstProject.textContent();
        firstProject.click();
        page.waitForURL("**/public/projects/*");
        assertThat(page.locator("h2")).hasText(title);
        assertThat(page.getByText("Dinero y plazo frente al plan")).isVisible();
        screenshot("public-3-project");

        page.navigate(url("public/open-data"));
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Proyectos (CSV)").setExact(true)).click());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).isEqualTo("projects.csv");
        assertThat(lines.getFirst()).startsWith("code,title,");
        assertThat(lines).hasSizeGreaterThan(10);
        screenshot("public-4-open-data");
    }

    /**
     * First contentful paint and "charts drawn" (from navigation start), on a second visit so that the figures are
     * the page's and not the server's first-request warm-up; both are written beside the screenshots.
     */
    private void measureFirstPaint() throws IOException {
        page.navigate(url(""));
        page.waitForFunction(CHARTS_DRAWN);
        String figures = (String) page.evaluate("""
                (() => {
                  const now = performance.now();
                  const nav = performance.getEntriesByType('navigation')[0];
                  const paint = performance.getEntriesByType('paint')
                      .map(entry => entry.name + ' ' + Math.round(entry.startTime) + ' ms').join(', ');
                  const script = performance.getEntriesByType('resource').find(r => r.name.includes('echarts'));
                  return 'overview (ms from navigation start): server response ' + Math.round(nav.responseEnd)
                      + ', DOMContentLoaded ' + Math.round(nav.domContentLoadedEventEnd)
                      + ', load ' + Math.round(nav.loadEventEnd) + ', ' + (paint || 'no paint entries')
                      + ', echarts script loaded ' + (script ? Math.round(script.responseEnd) : 'cached')
                      + ', charts drawn ' + Math.round(now);
                })()""") + System.lineSeparator();
        System.out.print(figures);
        Path file = Path.of("target", "screenshots", "public-overview-timing.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, figures);
    }
}
