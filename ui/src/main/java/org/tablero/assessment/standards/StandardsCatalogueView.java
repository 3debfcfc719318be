package org.tablero.assessment.standards;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tablero.common.ConcurrentEditException;
import org.tablero.common.FieldProblem;
import org.tablero.common.Formats;
import org.tablero.common.InvalidInputException;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.layout.MainLayout;

/**
 * The catalogue of digital standards: the current version's standards, the earlier versions, and an editor that
 * publishes the next version based on the current one. Publishing never changes a published version, nor the
 * assessments made against it.
 */
@Route(value = "admin/standards", layout = MainLayout.class)
@RolesAllowed({"DIGITAL_AUTHORITY", "ADMIN"})
public class StandardsCatalogueView extends VerticalLayout implements HasDynamicTitle {

    private static final Pattern STANDARD_FIELD = Pattern.compile("standards\\[(\\d+)]\\.?(.*)");

    private final transient StandardsCatalogueService catalogues;
    private final H3 currentHeading = new H3();
    private final Paragraph currentNote = new Paragraph();
    final Grid<Standard> currentStandards = new Grid<>();
    final Grid<CatalogueVersion> earlierVersions = new Grid<>();
    private final H3 earlierHeading = new H3();
    final Grid<Standard> earlierStandards = new Grid<>();

    private final H3 editorHeading = new H3();
    final Grid<StandardDraft> drafts = new Grid<>();
    final TextField code = new TextField();
    final Checkbox mandatory = new Checkbox();
    final TextField nameEn = new TextField();
    final TextField nameEs = new TextField();
    final TextField namePt = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionEs = new TextArea();
    final TextArea descriptionPt = new TextArea();
    private final FormLayout standardForm;
    final TextArea note = new TextArea();
    final Span standardsProblem = new Span();
    final Button addStandard = new Button();
    final Button removeStandard = new Button();
    private final Button moveUp = new Button(VaadinIcon.ARROW_UP.create());
    private final Button moveDown = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button publish = new Button();
    private final ProblemDisplay problems = new ProblemDisplay();
    /** The standard fields by the suffix of the service's field names: {@code standards[2].name.es}. */
    private final Map<String, HasValidation> standardFields = new LinkedHashMap<>();
    private final List<StandardDraft> draftList = new ArrayList<>();
    private Catalogue current;
    private StandardDraft selected;
    private boolean loading;

    public StandardsCatalogueView(StandardsCatalogueService catalogues) {
        this.catalogues = catalogues;
        addClassName("standards-catalogue-view");
        setSizeFull();

        currentStandards.addColumn(Standard::code).setHeader(getTranslation("standards.catalogue.code"))
                .setAutoWidth(true).setFlexGrow(0);
        currentStandards.addColumn(standard -> getTranslation(standard.mandatory() ? "standards.catalogue.mandatory.yes"
                : "standards.catalogue.mandatory.no")).setHeader(getTranslation("standards.catalogue.mandatory"))
                .setAutoWidth(true).setFlexGrow(0);
        currentStandards.addColumn(standard -> standard.name().in(getLocale()))
                .setHeader(getTranslation("standards.catalogue.name"));
        currentStandards.setItemDetailsRenderer(new ComponentRenderer<>(standard -> new Span(
                standard.description() == null ? "" : standard.description().in(getLocale()))));
        currentStandards.setAllRowsVisible(true);

        earlierVersions.addColumn(CatalogueVersion::number).setHeader(getTranslation("standards.catalogue.version"))
                .setAutoWidth(true).setFlexGrow(0);
        earlierVersions.addColumn(version -> Formats.dateTime(version.publishedAt(), getLocale()))
                .setHeader(getTranslation("standards.catalogue.published-at")).setAutoWidth(true).setFlexGrow(0);
        earlierVersions.addColumn(this::publisher).setHeader(getTranslation("standards.catalogue.published-by"))
                .setAutoWidth(true).setFlexGrow(0);
        earlierVersions.addColumn(CatalogueVersion::note).setHeader(getTranslation("standards.catalogue.note"));
        earlierVersions.setAllRowsVisible(true);
        earlierVersions.asSingleSelect().addValueChangeListener(event -> showEarlier(event.getValue()));
        earlierStandards.addColumn(Standard::code).setHeader(getTranslation("standards.catalogue.code"))
                .setAutoWidth(true).setFlexGrow(0);
        earlierStandards.addColumn(standard -> getTranslation(standard.mandatory()
                ? "standards.catalogue.mandatory.yes" : "standards.catalogue.mandatory.no"))
                .setHeader(getTranslation("standards.catalogue.mandatory")).setAutoWidth(true).setFlexGrow(0);
        earlierStandards.addColumn(standard -> standard.name().in(getLocale()))
                .setHeader(getTranslation("standards.catalogue.name"));
        earlierStandards.setAllRowsVisible(true);

        VerticalLayout catalogue = new VerticalLayout(currentHeading, currentNote, currentStandards,
                new H3(getTranslation("standards.catalogue.earlier")), earlierVersions, earlierHeading,
                earlierStandards);
        catalogue.setPadding(false);
        catalogue.setWidth("50%");
        catalogue.getStyle().set("overflow", "auto");
        catalogue.setHeightFull();

        standardForm = new FormLayout(code, mandatory, nameEn, nameEs, namePt, descriptionEn, descriptionEs,
                descriptionPt);
        standardForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout editor = editor(catalogues.canPublish());

        HorizontalLayout body = new HorizontalLayout(catalogue, editor);
        body.setSizeFull();
        body.setFlexGrow(1, catalogue, editor);
        add(new H2(getTranslation("standards.catalogue.heading")),
                new Paragraph(getTranslation("standards.catalogue.versions-never-change")), body);
        setFlexGrow(1, body);
        reload();
    }

    private VerticalLayout editor(boolean canPublish) {
        VerticalLayout editor = new VerticalLayout();
        editor.setPadding(false);
        editor.setWidth("50%");
        editor.setHeightFull();
        editor.getStyle().set("overflow", "auto");
        editor.addClassName("editor");
        if (!canPublish) {
            editor.add(new H3(getTranslation("standards.catalogue.new-version")),
                    new Paragraph(getTranslation("standards.catalogue.may-not-publish")));
            return editor;
        }
        drafts.addColumn(draft -> draft.position(draftList)).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        drafts.addColumn(draft -> draft.code).setHeader(getTranslation("standards.catalogue.code"))
                .setAutoWidth(true).setFlexGrow(0);
        drafts.addColumn(draft -> draft.mandatory ? getTranslation("standards.catalogue.mandatory.yes")
                : getTranslation("standards.catalogue.mandatory.no"))
                .setHeader(getTranslation("standards.catalogue.mandatory")).setAutoWidth(true).setFlexGrow(0);
        drafts.addColumn(draft -> draft.name().in(getLocale())).setHeader(getTranslation("standards.catalogue.name"));
        drafts.addColumn(draft -> draft.problems.isEmpty() ? "" : getTranslation("standards.catalogue.row-problem"))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        drafts.setAllRowsVisible(true);
        drafts.setItems(draftList);
        drafts.asSingleSelect().addValueChangeListener(event -> select(event.getValue()));

        code.setLabel(getTranslation("standards.catalogue.code"));
        mandatory.setLabel(getTranslation("standards.catalogue.mandatory"));
        nameEn.setLabel(getTranslation("standards.catalogue.name-en"));
        nameEs.setLabel(getTranslation("standards.catalogue.name-es"));
        namePt.setLabel(getTranslation("standards.catalogue.name-pt"));
        descriptionEn.setLabel(getTranslation("standards.catalogue.description-en"));
        descriptionEs.setLabel(getTranslation("standards.catalogue.description-es"));
        descriptionPt.setLabel(getTranslation("standards.catalogue.description-pt"));
        bind(code, "code", (draft, value) -> draft.code = value);
        bind(nameEn, "name.en", (draft, value) -> draft.nameEn = value);
        bind(nameEs, "name.es", (draft, value) -> draft.nameEs = value);
        bind(namePt, "name.pt", (draft, value) -> draft.namePt = value);
        bind(descriptionEn, "description.en", (draft, value) -> draft.descriptionEn = value);
        bind(descriptionEs, "description.es", (draft, value) -> draft.descriptionEs = value);
        bind(descriptionPt, "description.pt", (draft, value) -> draft.descriptionPt = value);
        mandatory.addValueChangeListener(event -> {
            if (!loading && selected != null) {
                selected.mandatory = event.getValue();
                drafts.getDataProvider().refreshItem(selected);
            }
        });

        addStandard.setText(getTranslation("standards.catalogue.add-standard"));
        addStandard.setIcon(VaadinIcon.PLUS.create());
        addStandard.addClickListener(click -> {
            StandardDraft draft = new StandardDraft();
            draftList.add(draft);
            drafts.getDataProvider().refreshAll();
            drafts.select(draft);
            code.focus();
        });
        removeStandard.setText(getTranslation("standards.catalogue.remove-standard"));
        removeStandard.setIcon(VaadinIcon.TRASH.create());
        removeStandard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        removeStandard.addClickListener(click -> {
            draftList.remove(selected);
            drafts.getDataProvider().refreshAll();
            drafts.asSingleSelect().clear();
        });
        moveUp.setTooltipText(getTranslation("standards.catalogue.move-up"));
        moveUp.setAriaLabel(getTranslation("standards.catalogue.move-up"));
        moveUp.addClickListener(click -> move(-1));
        moveDown.setTooltipText(getTranslation("standards.catalogue.move-down"));
        moveDown.setAriaLabel(getTranslation("standards.catalogue.move-down"));
        moveDown.addClickListener(click -> move(1));

        note.setLabel(getTranslation("standards.catalogue.note"));
        note.setHelperText(getTranslation("standards.catalogue.note.help"));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(ComplianceRules.MAX_CATALOGUE_NOTE);
        note.setWidthFull();
        problems.field("note", note).message("standards", standardsProblem);

        publish.setText(getTranslation("standards.catalogue.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> publish());
        Button discard = new Button(getTranslation("standards.catalogue.discard"), click -> reload());

        editor.add(editorHeading, new Paragraph(getTranslation("standards.catalogue.editor.help")), drafts,
                standardsProblem, new HorizontalLayout(addStandard, removeStandard, moveUp, moveDown), standardForm,
                note, new HorizontalLayout(publish, discard));
        return editor;
    }

    private void bind(TextFieldBase<?, String> field, String name, BiConsumer<StandardDraft, String> setter) {
        standardFields.put(name, field);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setWidthFull();
        field.addValueChangeListener(event -> {
            if (!loading && selected != null) {
                setter.accept(selected, event.getValue());
                selected.problems.remove(name);
                field.setInvalid(false);
                drafts.getDataProvider().refreshItem(selected);
            }
        });
    }

    private void reload() {
        current = catalogues.current();
        CatalogueVersion version = current.version();
        currentHeading.setText(getTranslation("standards.catalogue.current", version.number(),
                Formats.dateTime(version.publishedAt(), getLocale()), publisher(version)));
        currentNote.setText(version.note());
        currentStandards.setItems(current.standards());
        List<CatalogueVersion> earlier = catalogues.versions().stream()
                .filter(other -> other.number() != version.number()).toList();
        earlierVersions.setItems(earlier);
        earlierVersions.setVisible(!earlier.isEmpty());
        showEarlier(null);

        editorHeading.setText(getTranslation("standards.catalogue.new-version-based-on", version.number() + 1,
                version.number()));
        draftList.clear();
        current.standards().forEach(standard -> draftList.add(new StandardDraft(standard)));
        drafts.getDataProvider().refreshAll();
        note.clear();
        problems.clear();
        drafts.asSingleSelect().clear();
        select(null);
    }

    private void showEarlier(CatalogueVersion version) {
        earlierHeading.setVisible(version != null);
        earlierStandards.setVisible(version != null);
        if (version != null) {
            earlierHeading.setText(getTranslation("standards.catalogue.standards-of", version.number()));
            earlierStandards.setItems(catalogues.catalogue(version.number()).standards());
        }
    }

    private void select(StandardDraft draft) {
        selected = draft;
        loading = true;
        try {
            standardForm.setEnabled(draft != null);
            removeStandard.setEnabled(draft != null);
            moveUp.setEnabled(draft != null);
            moveDown.setEnabled(draft != null);
            StandardDraft shown = draft == null ? new StandardDraft() : draft;
            code.setValue(shown.code);
            code.setReadOnly(shown.carried);
            code.setHelperText(getTranslation(shown.carried ? "standards.catalogue.code.carried"
                    : "standards.catalogue.code.help"));
            mandatory.setValue(shown.mandatory);
            nameEn.setValue(shown.nameEn);
            nameEs.setValue(shown.nameEs);
            namePt.setValue(shown.namePt);
            descriptionEn.setValue(shown.descriptionEn);
            descriptionEs.setValue(shown.descriptionEs);
            descriptionPt.setValue(shown.descriptionPt);
            standardFields.forEach((name, field) -> {
                String problem = shown.problems.get(name);
                field.setErrorMessage(problem);
                field.setInvalid(problem != null);
            });
        } finally {
            loading = false;
        }
    }

    private void move(int offset) {
        int from = draftList.indexOf(selected);
        int to = from + offset;
        if (from < 0 || to < 0 || to >= draftList.size()) {
            return;
        }
        draftList.remove(from);
        draftList.add(to, selected);
        drafts.getDataProvider().refreshAll();
    }

    private void publish() {
        draftList.forEach(draft -> draft.problems.clear());
        try {
            Catalogue published = catalogues.publish(current.version().number(), note.getValue(),
                    draftList.stream().map(StandardDraft::toInput).toList());
            Notification.show(getTranslation("standards.catalogue.published", published.version().number()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (InvalidInputException refused) {
            List<FieldProblem> others = new ArrayList<>();
            for (FieldProblem problem : refused.problems()) {
                Matcher matcher = STANDARD_FIELD.matcher(problem.field());
                int index = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
                if (index >= 0 && index < draftList.size()) {
                    draftList.get(index).problems.merge(matcher.group(2), Labels.of(problem), (a, b) -> a + " " + b);
                } else {
                    others.add(problem);
                }
            }
            if (others.isEmpty()) {
                problems.clear();
                Notification.show(getTranslation("form.fix-problems"), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                problems.show(new InvalidInputException(others));
            }
            drafts.getDataProvider().refreshAll();
            StandardDraft faulty = draftList.stream().filter(draft -> !draft.problems.isEmpty()).findFirst()
                    .orElse(selected);
            if (faulty != null && faulty != selected) {
                drafts.select(faulty);
            }
            // shows the faulty standard's problems even when it was already selected (no selection event then)
            select(faulty);
        } catch (ConcurrentEditException published) {
            Notification.show(getTranslation("standards.catalogue.published-meanwhile"), 10000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            reload();
        }
    }

    private String publisher(CatalogueVersion version) {
        return version.publishedBy() == null ? getTranslation("standards.catalogue.installed") : version.publishedBy();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.catalogue.heading") + " · " + getTranslation("app.name");
    }

    /** A standard of the version being prepared; editable, in the editor's list. */
    static final class StandardDraft {

        String code = "";
        boolean mandatory;
        String nameEn = "";
        String nameEs = "";
        String namePt = "";
        String descriptionEn = "";
        String descriptionEs = "";
        String descriptionPt = "";
        /** Taken over from the current version: its code links the versions and stays. */
        final boolean carried;
        /** The refusal's messages by field suffix ({@code name.es}). */
        final Map<String, String> problems = new LinkedHashMap<>();

        StandardDraft() {
            carried = false;
        }

        StandardDraft(Standard standard) {
            carried = true;
            code = standard.code();
            mandatory = standard.mandatory();
            nameEn = orEmpty(standard.name().en());
            nameEs = orEmpty(standard.name().es());
            namePt = orEmpty(standard.name().pt());
            if (standard.description() != null) {
                descriptionEn = orEmpty(standard.description().en());
                descriptionEs = orEmpty(standard.description().es());
                descriptionPt = orEmpty(standard.description().pt());
            }
        }

        Translated name() {
            return new Translated(nameEn, nameEs, namePt);
        }

        int position(List<StandardDraft> all) {
            return all.indexOf(this) + 1;
        }

        StandardInput toInput() {
            return new StandardInput(code.strip(), mandatory, new Translated(nameEn.strip(), nameEs.strip(),
                    namePt.strip()), new Translated(descriptionEn.strip(), descriptionEs.strip(),
                    descriptionPt.strip()));
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
