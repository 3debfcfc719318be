package org.tablero.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tablero.approval.ApprovalService;
import org.tablero.identity.FirstAdministrator;
import org.tablero.identity.Role;
import org.tablero.identity.SystemTask;
import org.tablero.identity.TableroUser;
import org.tablero.identity.UserInput;
import org.tablero.identity.UserService;
import org.tablero.organisation.Organisation;
import org.tablero.organisation.OrganisationInput;
import org.tablero.organisation.OrganisationLevel;
import org.tablero.organisation.OrganisationService;
import org.tablero.project.Category;
import org.tablero.project.DeliveryApproach;
import org.tablero.project.FundingSource;
import org.tablero.project.Infrastructure;
import org.tablero.project.PolicyArea;
import org.tablero.project.Project;
import org.tablero.project.ProjectInput;
import org.tablero.project.ProjectService;
import org.tablero.project.ProjectStatus;
import org.tablero.project.YearlyCost;

/**
 * A fictional but plausible portfolio of the Republic of Costa Serena: a national government, two
 * states (one Portuguese-speaking) and municipalities, with projects in every status. Projects that have
 * started carry the delivery history their {@link Story} tells up to last month, with their KPI and
 * user-experience measurements and, once complete, their closure. Everything goes through the services, so
 * the demo data obey the same rules as typed data and leave an audit trail.
 */
@Component
class DemoPortfolio {

    static final String PASSWORD = "tablero-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);
    private static final Set<ProjectStatus> STARTED = EnumSet.of(ProjectStatus.IN_EXECUTION, ProjectStatus.ON_HOLD,
            ProjectStatus.COMPLETED);

    /** user name, role, organisation code, display name */
    private static final List<String[]> USERS = List.of(
            new String[] {"officer", "AGENCY_OFFICER", "MIN-SALUD", "Lucía Fernández"},
            new String[] {"officer.rioverde", "AGENCY_OFFICER", "RV-SEC-SAUDE", "João Carvalho"},
            // national authorities act on the whole tree, so they belong to its root
            new String[] {"authority", "DIGITAL_AUTHORITY", "GOV", "Martín Rojas"},
            new String[] {"budget", "BUDGET_OFFICE", "GOV", "Carolina Méndez"},
            new String[] {"procurement", "PROCUREMENT_AUTHORITY", "GOV", "Andrés Silva"},
            new String[] {"board", "STRATEGIC_BOARD", "GOV", "Valentina Ortiz"});

    /** code, name, level, parent code */
    private static final List<String[]> ORGANISATIONS = List.of(
            new String[] {"AGD", "Agencia de Gobierno Digital", "CENTRAL", "GOV"},
            new String[] {"DIPRES", "Dirección de Presupuestos", "CENTRAL", "GOV"},
            new String[] {"COMPRAS", "Dirección de Compras Públicas", "CENTRAL", "GOV"},
            new String[] {"MIN-SALUD", "Ministerio de Salud", "CENTRAL", "GOV"},
            new String[] {"SALUD-SNS", "Servicio Nacional de Salud", "CENTRAL", "MIN-SALUD"},
            new String[] {"MIN-EDU", "Ministerio de Educación", "CENTRAL", "GOV"},
            new String[] {"MIN-HAC", "Ministerio de Hacienda", "CENTRAL", "GOV"},
            new String[] {"HAC-IMP", "Servicio de Impuestos Internos", "CENTRAL", "MIN-HAC"},
            new String[] {"HAC-ADU", "Dirección Nacional de Aduanas", "CENTRAL", "MIN-HAC"},
            new String[] {"MIN-DES", "Ministerio de Desarrollo Social", "CENTRAL", "GOV"},
            new String[] {"MIN-TRA", "Ministerio de Trabajo", "CENTRAL", "GOV"},
            new String[] {"REG-CIVIL", "Registro Civil e Identificación", "CENTRAL", "GOV"},
            new String[] {"EST-SUR", "Estado del Sur", "STATE", "GOV"},
            new String[] {"SUR-SEC-HAC", "Secretaría de Hacienda del Estado del Sur", "STATE", "EST-SUR"},
            new String[] {"SUR-SEC-EDU", "Secretaría de Educación del Estado del Sur", "STATE", "EST-SUR"},
            new String[] {"MUN-VILLA-SERENA", "Municipio de Villa Serena", "MUNICIPAL", "EST-SUR"},
            new String[] {"MUN-PUERTO-ALBA", "Municipio de Puerto Alba", "MUNICIPAL", "EST-SUR"},
            new String[] {"EST-RIO-VERDE", "Estado de Rio Verde", "STATE", "GOV"},
            new String[] {"RV-SEC-SAUDE", "Secretaria de Saúde de Rio Verde", "STATE", "EST-RIO-VERDE"},
            new String[] {"RV-SEC-FAZENDA", "Secretaria da Fazenda de Rio Verde", "STATE", "EST-RIO-VERDE"},
            new String[] {"MUN-SAO-BENTO", "Prefeitura de São Bento", "MUNICIPAL", "EST-RIO-VERDE"},
            new String[] {"MUN-CAPITAL", "Municipalidad de Ciudad Capital", "MUNICIPAL", "GOV"});

    /**
     * organisation code, policy area, title (the language of the organisation); package-private for the demo
     * test, which tells the demo's projects from those other tests add
     */
    static final List<String[]> PROJECTS = List.of(
            new String[] {"MIN-SALUD", "HEALTH", "Historia clínica electrónica nacional"},
            new String[] {"MIN-SALUD", "HEALTH", "Agenda digital de citas médicas"},
            new String[] {"MIN-SALUD", "HEALTH", "Receta electrónica interoperable"},
            new String[] {"SALUD-SNS", "HEALTH", "Telemedicina para zonas rurales"},
            new String[] {"SALUD-SNS", "HEALTH", "Modernización del sistema de farmacias hospitalarias"},
            new String[] {"SALUD-SNS", "HEALTH", "Tablero de listas de espera quirúrgicas"},
            new String[] {"MIN-EDU", "EDUCATION", "Plataforma de matrícula escolar en línea"},
            new String[] {"MIN-EDU", "EDUCATION", "Libro de clases digital"},
            new String[] {"MIN-EDU", "EDUCATION", "Conectividad para escuelas rurales"},
            new String[] {"MIN-EDU", "EDUCATION", "Sistema de becas y créditos estudiantiles"},
            new String[] {"MIN-HAC", "PUBLIC_ADMINISTRATION", "Sistema integrado de gestión financiera del Estado"},
            new String[] {"MIN-HAC", "PUBLIC_ADMINISTRATION", "Nube de gobierno para servicios financieros"},
            new String[] {"HAC-IMP", "TAX_AND_CUSTOMS", "Factura electrónica para pequeñas empresas"},
            new String[] {"HAC-IMP", "TAX_AND_CUSTOMS", "Declaración de renta precargada"},
            new String[] {"HAC-IMP", "TAX_AND_CUSTOMS", "Detección de fraude fiscal con analítica avanzada"},
            new String[] {"HAC-ADU", "TAX_AND_CUSTOMS", "Ventanilla única de comercio exterior"},
            new String[] {"HAC-ADU", "TAX_AND_CUSTOMS", "Gestión de riesgo aduanero"},
            new String[] {"MIN-DES", "SOCIAL_PROTECTION", "Registro social de hogares"},
            new String[] {"MIN-DES", "SOCIAL_PROTECTION", "Pago digital de transferencias sociales"},
            new String[] {"MIN-DES", "SOCIAL_PROTECTION", "Asignación automatizada de subsidios"},
            new String[] {"MIN-DES", "SOCIAL_PROTECTION", "Portal de trámites para personas mayores"},
            new String[] {"MIN-TRA", "LABOUR_AND_EMPLOYMENT", "Bolsa nacional de empleo"},
            new String[] {"MIN-TRA", "LABOUR_AND_EMPLOYMENT", "Seguro de cesantía en línea"},
            new String[] {"MIN-TRA", "LABOUR_AND_EMPLOYMENT", "Inspección del trabajo digital"},
            new String[] {"REG-CIVIL", "CIVIL_REGISTRY_AND_IDENTITY", "Identidad digital nacional"},
            new String[] {"REG-CIVIL", "CIVIL_REGISTRY_AND_IDENTITY", "Certificados de nacimiento en línea"},
            new String[] {"REG-CIVIL", "CIVIL_REGISTRY_AND_IDENTITY", "Cédula de identidad con chip"},
            new String[] {"AGD", "PUBLIC_ADMINISTRATION", "Plataforma nacional de interoperabilidad"},
            new String[] {"AGD", "PUBLIC_ADMINISTRATION", "Carpeta ciudadana"},
            new String[] {"AGD", "PUBLIC_ADMINISTRATION", "Servicio de notificaciones electrónicas"},
            new String[] {"AGD", "PUBLIC_ADMINISTRATION", "Pasarela de pagos del Estado"},
            new String[] {"COMPRAS", "BUSINESS_AND_TRADE", "Mercado público electrónico"},
            new String[] {"COMPRAS", "BUSINESS_AND_TRADE", "Convenio marco de servicios en la nube"},
            new String[] {"DIPRES", "PUBLIC_ADMINISTRATION", "Presupuesto abierto"},
            new String[] {"EST-SUR", "PUBLIC_ADMINISTRATION", "Portal de trámites del Estado del Sur"},
            new String[] {"SUR-SEC-HAC", "TAX_AND_CUSTOMS", "Pago en línea del impuesto vehicular"},
            new String[] {"SUR-SEC-HAC", "TAX_AND_CUSTOMS", "Catastro fiscal georreferenciado"},
            new String[] {"SUR-SEC-EDU", "EDUCATION", "Gestión escolar del Estado del Sur"},
            new String[] {"SUR-SEC-EDU", "EDUCATION", "Tabletas para docentes rurales"},
            new String[] {"MUN-VILLA-SERENA", "PUBLIC_ADMINISTRATION", "Permisos de edificación en línea"},
            new String[] {"MUN-VILLA-SERENA", "TRANSPORT", "Semáforos inteligentes de Villa Serena"},
            new String[] {"MUN-VILLA-SERENA", "ENVIRONMENT", "Recolección de residuos con sensores"},
            new String[] {"MUN-PUERTO-ALBA", "PUBLIC_ADMINISTRATION", "Patentes comerciales digitales"},
            new String[] {"MUN-PUERTO-ALBA", "TRANSPORT", "Transporte público con pago sin contacto"},
            new String[] {"MUN-CAPITAL", "PUBLIC_ADMINISTRATION", "Atención ciudadana omnicanal"},
            new String[] {"MUN-CAPITAL", "TRANSPORT", "Estacionamiento regulado con aplicación móvil"},
            new String[] {"MUN-CAPITAL", "ENVIRONMENT", "Monitoreo de calidad del aire"},
            new String[] {"MUN-CAPITAL", "JUSTICE_AND_SECURITY", "Central de emergencias integrada"},
            new String[] {"EST-RIO-VERDE", "PUBLIC_ADMINISTRATION", "Portal único de serviços de Rio Verde"},
            new String[] {"EST-RIO-VERDE", "AGRICULTURE", "Cadastro rural digital"},
            new String[] {"RV-SEC-SAUDE", "HEALTH", "Prontuário eletrônico do paciente"},
            new String[] {"RV-SEC-SAUDE", "HEALTH", "Regulação de leitos hospitalares"},
            new String[] {"RV-SEC-SAUDE", "HEALTH", "Vacinação digital com certificado"},
            new String[] {"RV-SEC-SAUDE", "HEALTH", "Triagem de exames com inteligência artificial"},
            new String[] {"RV-SEC-FAZENDA", "TAX_AND_CUSTOMS", "Nota fiscal eletrônica do consumidor"},
            new String[] {"RV-SEC-FAZENDA", "TAX_AND_CUSTOMS", "Modernização da arrecadação estadual"},
            new String[] {"RV-SEC-FAZENDA", "PUBLIC_ADMINISTRATION", "Migração do data center para a nuvem"},
            new String[] {"MUN-SAO-BENTO", "PUBLIC_ADMINISTRATION", "Alvará de funcionamento online"},
            new String[] {"MUN-SAO-BENTO", "EDUCATION", "Matrícula escolar municipal digital"},
            new String[] {"MUN-SAO-BENTO", "TRANSPORT", "Bilhete único municipal"},
            new String[] {"MUN-SAO-BENTO", "PUBLIC_ADMINISTRATION", "Ouvidoria municipal digital"},
            new String[] {"MIN-HAC", "PUBLIC_ADMINISTRATION", "Mantenimiento del sistema de tesorería"},
            new String[] {"SALUD-SNS", "HEALTH", "Operación del centro de datos de salud"},
            new String[] {"RV-SEC-FAZENDA", "TAX_AND_CUSTOMS", "Manutenção do sistema tributário legado"});

    private final FirstAdministrator firstAdministrator;
    private final OrganisationService organisations;
    private final UserService users;
    private final ProjectService projects;
    private final ApprovalService approvals;
    private final DemoAssessments assessments;
    private final DemoDelivery delivery;
    private final DemoResults results;
    private final UserDetailsService accounts;
    private final TransactionTemplate transaction;

    DemoPortfolio(FirstAdministrator firstAdministrator, OrganisationService organisations, UserService users,
            ProjectService projects, ApprovalService approvals, DemoAssessments assessments, DemoDelivery delivery,
            DemoResults results, UserDetailsService accounts, TransactionTemplate transaction) {
        this.firstAdministrator = firstAdministrator;
        this.organisations = organisations;
        this.users = users;
        this.projects = projects;
        this.approvals = approvals;
        this.assessments = assessments;
        this.delivery = delivery;
        this.results = results;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    void load() {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            TableroUser admin = firstAdministrator.create("GOV", "Gobierno de la República de Costa Serena", PASSWORD);
            // the admin account creates the demo projects too, so it acts as an officer for this task only
            SystemTask.runAs(SystemTask.withRoles(admin, Role.AGENCY_OFFICER), this::createPortfolio);
        });
        log.info("Demo portfolio loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    static void logAccounts(Logger log) {
        log.info("Demo data: sign in as admin, officer, officer.rioverde, authority, budget, procurement or board,"
                + " each with the password '{}'", PASSWORD);
    }

    private void createPortfolio() {
        Map<String, Organisation> byCode = new HashMap<>();
        Organisation root = organisations.visibleToCurrentUser().getFirst();
        byCode.put(root.code(), root);
        for (String[] row : ORGANISATIONS) {
            byCode.put(row[0], organisations.create(new OrganisationInput(row[0], row[1],
                    OrganisationLevel.valueOf(row[2]), byCode.get(row[3]).id())));
        }
        for (String[] row : USERS) {
            String email = row[0] + "@demo.costaserena.example";
            users.create(new UserInput(row[0], row[3], email, byCode.get(row[2]).id(), Set.of(Role.valueOf(row[1])),
                    true, PASSWORD));
        }
        Random random = new Random(20261128L);
        ProjectStatus[] statuses = ProjectStatus.values();
        DemoWorkflow workflow = new DemoWorkflow(approvals, assessments, this::account);
        List<Started> started = new ArrayList<>();
        for (int i = 0; i < PROJECTS.size(); i++) {
            String[] row = PROJECTS.get(i);
            Story story = Story.of(i);
            ProjectStatus status = story != null ? story.status() : statuses[i % statuses.length];
            if (story == null && STARTED.contains(status)) {
                throw new IllegalStateException("demo project " + i + " is " + status + " without a story");
            }
            // projects waiting for the board must be strategic; a few others are too
            boolean large = status == ProjectStatus.BOARD_REVIEW || i % 7 == 0;
            Organisation owner = byCode.get(row[0]);
            ProjectInput input = projectInput(random, i, large, owner, PolicyArea.valueOf(row[1]), row[2], story);
            Project project = projects.create(input);
            delivery.plan(project, DemoLanguage.of(owner));
            results.plan(project, DemoLanguage.of(owner));
            workflow.bringTo(project, story == null ? status : ProjectStatus.IN_EXECUTION);
            if (story != null) {
                started.add(new Started(project, story, DemoLanguage.of(owner)));
            }
        }
        // the history of every started project is filed after the whole portfolio exists, so it can be timed
        long history = System.nanoTime();
        for (Started project : started) {
            SortedMap<YearMonth, Integer> progress = delivery.deliver(project.project(), project.story(),
                    project.language(), this::account);
            results.measure(project.project(), project.story(), project.language(), progress);
            workflow.leaveExecution(project.project().id(), project.story().status());
            if (project.story().status() == ProjectStatus.COMPLETED) {
                results.close(project.project(), project.story(), project.language());
            }
        }
        log.info("Demo portfolio: the delivery history of {} projects filed in {} ms", started.size(),
                (System.nanoTime() - history) / 1_000_000);
    }

    private record Started(Project project, Story story, DemoLanguage language) {
    }

    private TableroUser account(String username) {
        return (TableroUser) accounts.loadUserByUsername(username);
    }

    /** A started project's dates come from its story, so that its history ends in the month before today. */
    private ProjectInput projectInput(Random random, int index, boolean large, Organisation owner, PolicyArea area,
            String title, Story story) {
        Category category = title.startsWith("Mantenimiento") || title.startsWith("Operación")
                || title.startsWith("Manutenção") ? Category.OPERATIONS_AND_MAINTENANCE
                : title.startsWith("Moderniza") || title.startsWith("Migração") ? Category.MODERNISATION
                : Category.NEW_DEVELOPMENT;
        DeliveryApproach approach = DeliveryApproach.values()[random.nextInt(DeliveryApproach.values().length)];
        int startYear = 2023 + random.nextInt(4);
        LocalDate start = LocalDate.of(startYear, 1 + random.nextInt(12), 1);
        LocalDate end = start.plusMonths(12 + random.nextInt(37)).minusDays(1);
        if (story != null) {
            start = story.plannedStart(YearMonth.now());
            end = story.plannedEnd(YearMonth.now());
        }
        long yearlyBase = large ? 2_000_000 + random.nextInt(6_000_000) : 80_000 + random.nextInt(900_000);
        List<YearlyCost> costs = new ArrayList<>();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            BigDecimal capital = amount(yearlyBase * (year == start.getYear() ? 7 : 3) / 10, random);
            BigDecimal operating = amount(yearlyBase * (year == start.getYear() ? 3 : 7) / 10, random);
            costs.add(new YearlyCost(year, capital, operating));
        }
        boolean usesAi = title.contains("analítica") || title.contains("automatizada")
                || title.contains("inteligência artificial") || title.contains("sensores");
        Set<Infrastructure> infrastructure = EnumSet.noneOf(Infrastructure.class);
        infrastructure.add(Infrastructure.values()[random.nextInt(Infrastructure.values().length)]);
        infrastructure.add(Infrastructure.values()[random.nextInt(Infrastructure.values().length)]);
        FundingSource funding = owner.level() == OrganisationLevel.CENTRAL
                ? (index % 7 == 0 ? FundingSource.MULTILATERAL_LOAN : FundingSource.NATIONAL_BUDGET)
                : (index % 4 == 0 ? FundingSource.OWN_REVENUE : FundingSource.SUBNATIONAL_BUDGET);
        String summary = title + ". " + DemoLanguage.of(owner).text("summary", owner.name());
        return new ProjectInput(projects.suggestCode(owner.id()), title, summary, owner.id(), category, area,
                approach, approach.hasIterations() ? 2 + random.nextInt(3) : null, usesAi,
                title.contains("automatizada") || title.contains("Triagem"), funding, start, end, infrastructure,
                costs);
    }

    private static BigDecimal amount(long base, Random random) {
        return BigDecimal.valueOf(base + random.nextInt(50_000)).setScale(2, RoundingMode.UNNECESSARY);
    }
}
