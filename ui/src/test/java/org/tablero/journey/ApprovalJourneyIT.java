package org.tablero.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.tablero.TableroApplication;
import org.tablero.support.Fixtures;
import org.tablero.support.TestDatabase;

/**
 * The approval of a strategic project from end to end in Chromium: the officer registers it and completes
 * the three assessments and the procurement strategy, submits; the three authorities endorse on the review
 * screen; the board approves; the project page shows the approval and the timeline.
 */
@SpringBootTest(classes = TableroApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tablero.demo-data.enabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
class ApprovalJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "tablero-demo";

    @Test
    void a_strategic_project_is_assessed_submitted_reviewed_and_approved_by_the_board() {
        signIn("officer", PASSWORD);
        String projectPath = registerStrategicProject();

        page.navigate(url(projectPath + "/standards"));
        Locator cards = page.locator(".standard-card");
        assertThat(cards.first()).isVisible();
        for (int i = 0; i < cards.count(); i++) {
            Locator card = cards.nth(i);
            pick(card.locator("vaadin-select"), "Met");
            card.locator("textarea").fill("Documented in the project file, section " + (i + 1));
        }
        screenshot("approval-1-standards-editor");
        button("Save self-assessment").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved");

        page.navigate(url(projectPath + "/value"));
        textbox("Cost 2026").fill("6000000");
        textbox("Benefit 2026").fill("2000000");
        textbox("Cost 2027").fill("500000");
        textbox("Benefit 2027").fill("7000000");
        textbox("Reuse across organisations (economies of scale, network effects)").fill("Shared by every clinic.");
        spin("People reached").fill("250000");
        spin("Social value (0–5)").fill("4");
        textbox("Inclusion of vulnerable groups").fill("Assisted channel in every health centre.");
        textbox("Service improvement").fill("Prescriptions valid in every pharmacy.");
        page.locator("vaadin-checkbox-group vaadin-checkbox").first().click();
        textbox("Strategic alignment").fill("Digital health objective of the national strategy.");
        spin("Strategic value (0–5)").fill("5");
        textbox("Energy and emissions").fill("Government cloud on renewable energy.");
        textbox("Hardware lifecycle").fill("No new servers.");
        textbox("Green-by-design choices").fill("Light pages for slow connections.");
        spin("Environmental value (0–5)").fill("3");
        screenshot("approval-2-value-editor");
        button("Save").click();
        assertThat(page.locator(".figure-value").first()).not().containsText("Not computed");

        page.navigate(url(projectPath + "/risks"));
        choose("Category", "Financial");
        textbox("Description").fill("Exchange-rate exposure of imported equipment.");
        spin("Likelihood (1–5)").fill("3");
        spin("Impact (1–5)").fill("4");
        textbox("Mitigation").fill("Contracts in local currency.");
        spin("Residual likelihood (1–5)").fill("2");
        spin("Residual impact (1–5)").fill("2");
        textbox("Risk owner").fill("Finance directorate");
        button("Save").click();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Exchange-rate exposure")).first()).isAttached();
        screenshot("approval-3-risk-register");

        page.navigate(url(projectPath + "/procurement"));
        choose("Method", "Open tender");
        textbox("Why this method").fill("A competitive market of suppliers exists.");
        button("Save").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved");

        page.navigate(url(projectPath));
        button("Submit for review").click();
        assertThat(page.locator(".project-header")).containsText("Waiting for review");

        endorse("authority", projectPath, true);
        endorse("budget", projectPath, false);
        endorse("procurement", projectPath, false);

        switchUser("board", PASSWORD);
        page.navigate(url(projectPath));
        assertThat(page.locator(".project-header")).containsText("Waiting for the board");
        button("Approve").click();
        page.locator("vaadin-dialog-overlay textarea, vaadin-dialog textarea").first()
                .fill("A national priority: approved.");
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Approve")).click();

        assertThat(page.locator(".project-header")).containsText("Approved");
        Locator timeline = page.locator(".timeline");
        assertThat(timeline).containsText("The board approved");
        assertThat(timeline).containsText("A national priority: approved.");
        timeline.scrollIntoViewIfNeeded();
        timeline.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                "approval-5-timeline.png")));
    }

    private String registerStrategicProject() {
        page.navigate(url("projects/new"));
        textbox("Title").fill("Receta electrónica nacional " + Fixtures.unique("J"));
        textbox("Summary").fill("Recetas médicas electrónicas válidas en todas las farmacias.");
        choose("Category", "New development");
        choose("Policy area", "Health");
        choose("Delivery approach", "Agile");
        spin("Iteration length (weeks)").fill("2");
        choose("Funding source", "National budget");
        date("Planned start", "3/1/2026");
        date("Planned end", "6/30/2027");
        Locator capital = textbox("Capital");
        Locator operating = textbox("Operating");
        capital.nth(0).fill("6000000");
        operating.nth(0).fill("0");
        capital.nth(1).fill("300000");
        operating.nth(1).fill("200000");
        page.locator("vaadin-button.save").click();
        page.waitForURL(Pattern.compile(".*/projects/\\d+$"));
        assertThat(page.locator(".project-header")).containsText("Strategic");
        return page.url().substring(page.url().indexOf("projects/"));
    }

    private void endorse(String reviewer, String projectPath, boolean screenshot) {
        switchUser(reviewer, PASSWORD);
        page.navigate(url(projectPath + "/review"));
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Endorse")).click();
        page.locator(".review-judgement textarea").fill("Checked by " + reviewer + ": endorsed.");
        if (screenshot) {
            screenshot("approval-4-review-screen");
        }
        button("Give verdict").click();
        page.waitForURL("**/reviews");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }

    private Locator textbox(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private Locator spin(String label) {
        return page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private void choose(String label, String option) {
        pick(page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first(), option);
    }

    /** Opens a select and picks an option, then waits until its list has closed before going on. */
    private void pick(Locator select, String option) {
        select.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0);
    }

    private void date(String label, String value) {
        Locator field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(value);
        field.press("Enter");
    }
}
