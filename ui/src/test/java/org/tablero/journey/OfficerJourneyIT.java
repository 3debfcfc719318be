package org.tablero.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.tablero.TableroApplication;
import org.tablero.support.Fixtures;
import org.tablero.support.TestDatabase;

/** An agency officer signs in, creates a project and finds it in the register. */
@SpringBootTest(classes = TableroApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tablero.demo-data.enabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
class OfficerJourneyIT extends BrowserJourney {

    @Test
    void an_officer_creates_a_project_and_finds_it_in_the_register() {
        page.navigate(url("projects"));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        signIn("officer", "tablero-demo");
        page.navigate(url("projects"));
        assertThat(page.getByText("Lucía Fernández")).isVisible();
        screenshot("officer-1-register");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New project"))
                .click();
        page.waitForURL("**/projects/new");
        String title = "Receta electrónica " + Fixtures.unique("E2E");
        textbox("Title").fill(title);
        textbox("Summary").fill("Recetas médicas electrónicas válidas en todas las farmacias.");
        choose("Category", "New development");
        choose("Policy area", "Health");
        choose("Delivery approach", "Agile");
        page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Iteration length (weeks)")).fill("2");
        choose("Funding source", "National budget");
        pickDate("Planned start", "3/1/2026");
        pickDate("Planned end", "6/30/2027");
        Locator capital = textbox("Capital");
        Locator operating = textbox("Operating");
        assertThat(capital).hasCount(2);
        capital.nth(0).fill("250000");
        operating.nth(0).fill("50000");
        capital.nth(1).fill("100000");
        operating.nth(1).fill("75000.50");
        screenshot("officer-2-new-project-form");
        page.locator("vaadin-button.save").click();

        assertThat(page.getByText(title).first()).isVisible();
        assertThat(page.locator(".figure-value").first()).containsText("475,000.50");
        screenshot("officer-3-project-page");

        page.navigate(url("projects?q=" + title.substring(title.lastIndexOf(' ') + 1)));
        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).hasCount(1);
        assertThat(page.getByText("1 project", new Page.GetByTextOptions().setExact(true))).isVisible();
        screenshot("officer-4-found-in-register");
    }

    private Locator textbox(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private void choose(String label, String option) {
        page.getByLabel(label).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0);
    }

    private void pickDate(String label, String date) {
        Locator field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(date);
        field.press("Enter");
    }
}
