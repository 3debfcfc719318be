package org.tablero.demo;

import java.util.function.Function;
import org.tablero.approval.Action;
import org.tablero.approval.ApprovalService;
import org.tablero.approval.ReviewAspect;
import org.tablero.approval.Verdict;
import org.tablero.identity.Role;
import org.tablero.identity.SystemTask;
import org.tablero.identity.TableroUser;
import org.tablero.project.Project;
import org.tablero.project.ProjectStatus;
import org.tablero.project.Tier;

/**
 * Takes a demo project to its status through the real workflow, each step by the demo account whose role
 * takes it, so the demo shows rounds, verdicts, decisions and their rationale as they would really be.
 */
final class DemoWorkflow {

    private final ApprovalService approvals;
    private final DemoAssessments assessments;
    private final Function<String, TableroUser> accounts;

    DemoWorkflow(ApprovalService approvals, DemoAssessments assessments, Function<String, TableroUser> accounts) {
        this.approvals = approvals;
        this.assessments = assessments;
        this.accounts = accounts;
    }

    void bringTo(Project project, ProjectStatus status) {
        long id = project.id();
        if (status != ProjectStatus.DRAFT) {
            SystemTask.runAs(owner(), () -> assessments.complete(project));
        }
        boolean strategic = project.tier() == Tier.STRATEGIC;
        switch (status) {
            case DRAFT -> { }
            case IN_REVIEW -> {
                submit(id);
                // half of the rounds have a first verdict, so every reviewer's queue has something in it
                if (id % 2 == 0) {
                    review(id, "authority", ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE,
                            "Cumple los estándares obligatorios; los riesgos residuales tienen mitigación y responsable.");
                }
            }
            case RETURNED -> {
                submit(id);
                review(id, "authority", ReviewAspect.STANDARDS_AND_RISK, Verdict.REQUEST_CHANGES,
                        "Falta evidencia de investigación con usuarios y un plan de accesibilidad WCAG 2.2 AA.");
                review(id, "budget", ReviewAspect.VALUE_AND_COST, Verdict.ENDORSE,
                        "La propuesta de valor es sólida: beneficios cuantificados y recuperación en tres años.");
                review(id, "procurement", ReviewAspect.PROCUREMENT_STRATEGY, Verdict.ENDORSE,
                        "El convenio marco vigente es adecuado para este alcance.");
            }
            case BOARD_REVIEW, APPROVED, IN_EXECUTION -> {
                submit(id);
                endorseAll(id);
                if (strategic && status != ProjectStatus.BOARD_REVIEW) {
                    decide(id, true, "Prioridad de la estrategia nacional de gobierno digital; se aprueba.");
                }
                if (status == ProjectStatus.IN_EXECUTION) {
                    step(id, Action.START, null);
                }
            }
            case ON_HOLD, COMPLETED -> throw new IllegalArgumentException(
                    "a demo project is put on hold or closed after its reports: see leaveExecution");
            case REJECTED -> {
                submit(id);
                review(id, "authority", ReviewAspect.STANDARDS_AND_RISK, Verdict.OBJECT,
                        "Duplica la plataforma nacional existente en lugar de reutilizarla (principio de una sola vez).");
                review(id, "budget", ReviewAspect.VALUE_AND_COST, Verdict.REQUEST_CHANGES,
                        "Los beneficios no están cuantificados.");
                review(id, "procurement", ReviewAspect.PROCUREMENT_STRATEGY, Verdict.ENDORSE,
                        "Sin observaciones sobre la estrategia de compras.");
                if (strategic) {
                    decide(id, false, "El consejo comparte la objeción: debe reutilizarse la plataforma nacional.");
                }
            }
            case CANCELLED -> {
                submit(id);
                step(id, Action.CANCEL, "La institución fusionó este proyecto con la iniciativa nacional equivalente.");
            }
        }
    }

    /** Puts a project in execution on hold or closes it, once its progress reports have been filed. */
    void leaveExecution(long id, ProjectStatus status) {
        switch (status) {
            case ON_HOLD -> step(id, Action.HOLD, "Licitación declarada desierta; se suspende hasta el nuevo llamado.");
            case COMPLETED -> step(id, Action.CLOSE, null);
            default -> { }
        }
    }

    private void endorseAll(long id) {
        review(id, "authority", ReviewAspect.STANDARDS_AND_RISK, Verdict.ENDORSE,
                "Cumple los estándares obligatorios y reutiliza la infraestructura pública digital.");
        review(id, "budget", ReviewAspect.VALUE_AND_COST, Verdict.ENDORSE,
                "Valor actual neto positivo y costos anuales razonables.");
        review(id, "procurement", ReviewAspect.PROCUREMENT_STRATEGY, Verdict.ENDORSE,
                "Estrategia de compras abierta y competitiva.");
    }

    private void submit(long id) {
        SystemTask.runAs(owner(), () -> approvals.submit(id));
    }

    private void step(long id, Action action, String reason) {
        SystemTask.runAs(owner(), () -> approvals.ownerStep(id, action, reason));
    }

    private void review(long id, String reviewer, ReviewAspect aspect, Verdict verdict, String rationale) {
        SystemTask.runAs(accounts.apply(reviewer), () -> approvals.review(id, aspect, verdict, rationale));
    }

    private void decide(long id, boolean approve, String rationale) {
        SystemTask.runAs(accounts.apply("board"), () -> approvals.decide(id, approve, rationale));
    }

    /** The demo projects are registered by the admin account acting as an officer (see DemoPortfolio). */
    private TableroUser owner() {
        return SystemTask.withRoles(accounts.apply("admin"), Role.AGENCY_OFFICER);
    }
}
