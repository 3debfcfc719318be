package org.tablero;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.tablero.config.TableroProperties;
import org.tablero.project.ProjectsView;

/** Rules of architecture.md that a test can check. */
class ArchitectureTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> location.contains("/ui/target/classes"))
            .importPackages("org.tablero");

    @Test
    void the_rules_see_the_ui_classes() {
        assertThat(UI.contain(ProjectsView.class)).isTrue();
        assertThat(UI.contain(TableroProperties.class)).as("backend classes are not judged here").isFalse();
    }

    @Test
    void views_never_touch_the_generated_jooq_classes_or_jooq_itself() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.tablero.db..", "org.jooq..")
                .because("views see only domain records and services")
                .check(UI);
    }

    @Test
    void views_never_use_repositories_or_jdbc() {
        noClasses().should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(UI);
    }
}
