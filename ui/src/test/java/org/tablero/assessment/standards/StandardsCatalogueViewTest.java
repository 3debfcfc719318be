package org.tablero.assessment.standards;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tablero.ViewTest;

/** Publishing a catalogue version from the screen: a new version appears, the earlier ones stay as they were. */
@ViewTest
class StandardsCatalogueViewTest extends SpringBrowserlessTest {

    @Autowired
    StandardsCatalogueService catalogues;

    @Test
    @WithUserDetails("admin")
    void publishing_a_new_version_leaves_the_earlier_version_unchanged() {
        Catalogue before = catalogues.current();
        String added = "UI-V" + (before.version().number() + 1);
        String renamed = "Renamed in version " + (before.version().number() + 1);
        StandardsCatalogueView view = navigate(StandardsCatalogueView.class);
        StandardsCatalogueView.StandardDraft first = view.drafts.getListDataView().getItem(0);

        view.drafts.select(first);
        test(view.nameEn).setValue(renamed);
        test(view.addStandard).click();
        test(view.code).setValue(added);
        test(view.nameEn).setValue("Published from the screen");
        test(view.nameEs).setValue("Publicado desde la pantalla");
        test(view.namePt).setValue("Publicado a partir do ecrã");
        test(view.note).setValue("Renames the first standard and adds one.");
        test(view.publish).click();

        Catalogue after = catalogues.current();
        assertThat(after.version().number()).isEqualTo(before.version().number() + 1);
        assertThat(after.version().note()).isEqualTo("Renames the first standard and adds one.");
        assertThat(after.standards()).hasSize(before.standards().size() + 1);
        assertThat(after.standard(first.code).orElseThrow().name().en()).isEqualTo(renamed);
        assertThat(after.standard(added).orElseThrow().mandatory()).isFalse();
        Catalogue earlier = catalogues.catalogue(before.version().number());
        assertThat(earlier).as("the earlier version keeps its standards").isEqualTo(before);
        assertThat(earlier.standard(first.code).orElseThrow().name().en()).isNotEqualTo(renamed);
        assertThat(view.currentStandards.getListDataView().getItems().toList()).isEqualTo(after.standards());
    }

    @Test
    @WithUserDetails("admin")
    void a_version_without_a_note_or_with_a_nameless_standard_is_refused_at_the_fields() {
        int versions = catalogues.versions().size();
        StandardsCatalogueView view = navigate(StandardsCatalogueView.class);

        test(view.addStandard).click();
        test(view.code).setValue("UI-NAMELESS");
        test(view.publish).click();

        assertThat(view.note.isInvalid()).isTrue();
        assertThat(view.nameEn.isInvalid()).as("the new standard's missing name, shown when it is selected").isTrue();
        assertThat(view.nameEn.getErrorMessage()).isNotBlank();
        assertThat(catalogues.versions()).hasSize(versions);
    }

    @Test
    @WithUserDetails("admin")
    void removing_every_standard_is_refused() {
        int versions = catalogues.versions().size();
        StandardsCatalogueView view = navigate(StandardsCatalogueView.class);
        List<StandardsCatalogueView.StandardDraft> all = view.drafts.getListDataView().getItems().toList();
        for (StandardsCatalogueView.StandardDraft draft : all) {
            view.drafts.select(draft);
            test(view.removeStandard).click();
        }
        test(view.note).setValue("Nothing left.");
        test(view.publish).click();

        assertThat(view.standardsProblem.isVisible()).isTrue();
        assertThat(catalogues.versions()).hasSize(versions);
    }
}
