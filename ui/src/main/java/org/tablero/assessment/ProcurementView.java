package org.tablero.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tablero.common.Formats;
import org.tablero.common.Labels;
import org.tablero.common.ProblemDisplay;
import org.tablero.config.TableroProperties;
import org.tablero.layout.MainLayout;
import org.tablero.procurement.Contract;
import org.tablero.procurement.ContractInput;
import org.tablero.procurement.JointProcurement;
import org.tablero.procurement.ProcurementMethod;
import org.tablero.procurement.ProcurementService;
import org.tablero.procurement.ProcurementStrategy;
import org.tablero.procurement.ProcurementStrategyInput;
import org.tablero.project.Project;
import org.tablero.project.ProjectService;

/** The procurement strategy of one project and its contracts (with the OCDS ocid of each process). */
@Route(value = "projects/:id/procurement", layout = MainLayout.class)
@PermitAll
public class ProcurementView extends ProjectPartView {

    private final transient ProcurementService procurement;
    private final transient TableroProperties properties;
    final Select<ProcurementMethod> method = new Select<>();
    final Select<JointProcurement> joint = new Select<>();
    final TextArea rationale = new TextArea();
    final Button saveStrategy = new Button();

    public ProcurementView(ProjectService projects, ProcurementService procurement, TableroProperties properties) {
        super(projects, "procurement.heading", "procurement-view");
        this.procurement = procurement;
        this.properties = properties;
    }


    @Override
    protected void build(Project project) {
        add(strategy(project), new H3(getTranslation("procurement.contracts")), contracts(project));
        if (procurement.canEditContracts(project)) {
            add(newContract(project));
        }
    }

    private VerticalLayout strategy(Project project) {
        ProcurementStrategy current = procurement.strategy(project.id()).orElse(null);
        boolean editable = procurement.canEditStrategy(project);
        method.setLabel(getTranslation("procurement.method"));
        method.setItems(ProcurementMethod.values());
        method.setItemLabelGenerator(Labels::of);
        joint.setLabel(getTranslation("procurement.joint"));
        joint.setItems(JointProcurement.values());
        joint.setItemLabelGenerator(Labels::of);
        rationale.setLabel(getTranslation("procurement.rationale"));
        rationale.setWidthFull();
        method.setValue(current == null ? null : current.method());
        joint.setValue(current == null ? JointProcurement.NONE : current.jointProcurement());
        rationale.setValue(current == null ? "" : current.rationale());
        method.setReadOnly(!editable);
        joint.setReadOnly(!editable);
        rationale.setReadOnly(!editable);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("procurement.strategy")),
                new HorizontalLayout(method, joint), rationale);
        section.setPadding(false);
        if (editable) {
            ProblemDisplay problems = new ProblemDisplay().field("method", method).field("jointProcurement", joint)
                    .field("rationale", rationale);
            saveStrategy.setText(getTranslation("form.save"));
            saveStrategy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveStrategy.addClickListener(click -> act(project, problems, () -> procurement.saveStrategy(project.id(),
                    current == null ? null : current.version(),
                    new ProcurementStrategyInput(method.getValue(), joint.getValue(), rationale.getValue()))));
            section.add(saveStrategy);
        }
        return section;
    }

    private Grid<Contract> contracts(Project project) {
        Grid<Contract> grid = new Grid<>();
        grid.addColumn(Contract::supplier).setHeader(getTranslation("procurement.supplier")).setFlexGrow(2);
        grid.addColumn(contract -> Formats.money(contract.value(), properties.currency(), getLocale()))
                .setHeader(getTranslation("procurement.value")).setAutoWidth(true);
        grid.addColumn(contract -> Formats.date(contract.startDate(), getLocale()) + " – "
                + Formats.date(contract.endDate(), getLocale())).setHeader(getTranslation("procurement.period"))
                .setAutoWidth(true);
        grid.addColumn(contract -> contract.ocid() == null ? "" : contract.ocid())
                .setHeader(getTranslation("procurement.ocid")).setAutoWidth(true);
        grid.setItems(procurement.contracts(project.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout newContract(Project project) {
        TextField supplier = new TextField(getTranslation("procurement.supplier"));
        BigDecimalField value = new BigDecimalField(getTranslation("procurement.value"));
        DatePicker start = new DatePicker(getTranslation("procurement.start"));
        DatePicker end = new DatePicker(getTranslation("procurement.end"));
        TextField ocid = new TextField(getTranslation("procurement.ocid"));
        ocid.setPlaceholder("ocds-213czf-000-00001");
        ProblemDisplay problems = new ProblemDisplay().field("supplier", supplier).field("value", value)
                .field("startDate", start).field("endDate", end).field("ocid", ocid);
        Button add = new Button(getTranslation("procurement.add-contract"), click -> act(project, problems,
                () -> procurement.addContract(project.id(), new ContractInput(supplier.getValue(), value.getValue(),
                        start.getValue(), end.getValue(), ocid.getValue().isBlank() ? null : ocid.getValue()))));
        HorizontalLayout form = new HorizontalLayout(supplier, value, start, end, ocid, add);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

}
