package org.tablero;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tablero.approval.Action;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.Verdict;
import org.tablero.assessment.risk.RiskCategory;
import org.tablero.assessment.risk.RiskLevel;
import org.tablero.assessment.risk.RiskStatus;
import org.tablero.assessment.standards.ComplianceOutcome;
import org.tablero.config.MessageBundles;
import org.tablero.identity.Role;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.procurement.JointProcurement;
import org.tablero.procurement.ProcurementMethod;
import org.tablero.project.Category;
import org.tablero.project.DeliveryApproach;
import org.tablero.project.FundingSource;
import org.tablero.project.Infrastructure;
import org.tablero.project.PolicyArea;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/** Spanish, Portuguese and English stay complete: no label may exist in one language only. */
class MessageBundlesTest {

    private static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(ProjectStatus.class, Category.class,
            Tier.class, DeliveryApproach.class, PolicyArea.class, FundingSource.class, Infrastructure.class,
            OrganisationLevel.class, Role.class, Verdict.class, ReviewAspect.class, RiskCategory.class, RiskLevel.class,
            RiskStatus.class, ProcurementMethod.class, JointProcurement.class, ComplianceOutcome.class);

    @Test
    void the_three_languages_have_the_same_keys() throws IOException {
        Set<String> english = load("en").stringPropertyNames();
        assertThat(load("es").stringPropertyNames()).isEqualTo(english);
        assertThat(load("pt").stringPropertyNames()).isEqualTo(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "pt"})
    void every_status_category_and_role_has_a_label(String language) throws IOException {
        Properties bundle = load(language);
        for (Class<? extends Enum<?>> type : LABELLED_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(bundle).containsKey("enum." + type.getSimpleName() + "." + constant.name());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "pt"})
    void every_lifecycle_step_has_its_button_confirmation_and_timeline_texts(String language) throws IOException {
        Properties bundle = load(language);
        for (Action action : Action.values()) {
            assertThat(bundle).containsKeys("workflow.action." + action, "workflow.done." + action,
                    "timeline.step." + action);
        }
    }

    /** Strings that look like message keys but are not: open-data foreign keys and download file names. */
    private static final Set<String> NOT_MESSAGE_KEYS = Set.of("projects.code", "organisations.code",
            "portfolio.xlsx", "portfolio.csv");

    @Test
    void every_message_key_the_code_uses_is_translated() throws IOException {
        Set<String> keys = load("en").stringPropertyNames();
        Set<String> used = new HashSet<>();
        Pattern key = Pattern.compile("\"((?:validation|audit\\.action|form|project|projects|nav|login|home|user|users"
                + "|organisation|organisations|history|workflow|timeline|review|queue|tokens|api|risk|procurement|standards|value"
                + "|report|rating|rebaseline|milestone|delivery|portfolio|kpi|ux|closure|results|due|public|opendata)\\.[a-zA-Z0-9._-]+)\"");
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../backend/src/main/java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher matcher = key.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!matcher.group(1).endsWith(".")) {
                            used.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        used.removeAll(NOT_MESSAGE_KEYS);
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
    }

    @Test
    void messages_with_numbers_are_formatted_for_the_language_and_years_keep_no_separator() {
        MessageBundles bundles = new MessageBundles();
        assertThat(bundles.getTranslation("validation.cost-year-twice", Locale.ENGLISH, 2026))
                .isEqualTo("The year 2026 is entered twice.");
        assertThat(bundles.getTranslation("projects.count", Locale.of("es"), 1234)).isEqualTo("1.234 proyectos");
        assertThat(bundles.getTranslation("nav.portfolio", Locale.of("pt", "BR"))).isEqualTo("Portfólio");
        assertThat(bundles.getTranslation("nav.portfolio", Locale.GERMAN)).as("unsupported languages get Spanish")
                .isEqualTo("Portafolio");
    }

    /** Every bundle of a language together; a key defined in two bundles fails the test. */
    private static Properties load(String language) throws IOException {
        Properties all = new Properties();
        for (String baseName : MessageBundles.BASE_NAMES) {
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + baseName + "_" + language
                    + ".properties")) {
                if (in == null) {
                    continue;
                }
                Properties bundle = new Properties();
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                assertThat(bundle.keySet()).as("keys of %s also defined elsewhere", baseName)
                        .noneMatch(all::containsKey);
                all.putAll(bundle);
            }
        }
        return all;
    }
}
