package org.tablero.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tablero.organisation.Organisation;

/**
 * The language a demo project's people write in: Spanish, or Portuguese in the state of Rio Verde. Holds what
 * they write about delivery: milestones, report narratives, the authority's rating comments, the reasons of
 * corrections and baseline changes, KPIs and the closure.
 */
enum DemoLanguage {

    SPANISH(Locale.forLanguageTag("es"), List.of(
            "Diseño del servicio validado con usuarios",
            "Contrato adjudicado",
            "Integración con la plataforma de interoperabilidad",
            "Piloto en operación",
            "Lanzamiento a toda la población",
            "Traspaso a operación"), Map.ofEntries(
            Map.entry("summary", "Proyecto de %s para simplificar la atención y reducir costos."),
            Map.entry("phase-start", "Equipo conformado y backlog priorizado; se investiga con usuarios para"
                    + " diseñar el servicio."),
            Map.entry("phase-build", "Sprints de desarrollo al día; integración con los sistemas de la institución"
                    + " en curso."),
            Map.entry("phase-pilot", "Piloto en operación con usuarios reales; se ajusta el servicio según sus"
                    + " comentarios."),
            Map.entry("phase-rollout", "Despliegue gradual en todo el territorio; se prepara el traspaso a"
                    + " operación."),
            Map.entry("phase-done", "Proyecto terminado y traspasado a operación. Informe final con el costo real."),
            Map.entry("progress", "Avance físico del %d %%, con un gasto acumulado de %,.0f."),
            Map.entry("on-track", "Sin desvíos relevantes de costo ni de plazo."),
            Map.entry("over-budget", "El costo proyectado sube por más horas de integración con sistemas heredados."),
            Map.entry("late", "La fecha de término se corre por retrasos del proveedor en la segunda entrega."),
            Map.entry("milestone", "Hito alcanzado: %s."),
            Map.entry("correction", "Faltaba una factura del proveedor de nube de este mes; se corrige el gasto."),
            Map.entry("rebaseline", "Se ajusta la línea base al pronóstico actualizado, dentro de la tolerancia."),
            Map.entry("change-request", "Mayor alcance por la integración con la identidad digital y licitación"
                    + " desierta: se pide nueva línea base de costo y plazo."),
            Map.entry("change-authority", "El nuevo plazo es razonable y los riesgos tienen mitigación."),
            Map.entry("change-budget", "El mayor costo está justificado y financiado en el presupuesto del próximo"
                    + " año."),
            Map.entry("rating-5", "Avance según lo planificado y riesgos bajo control."),
            Map.entry("rating-4", "Ejecución estable; seguir de cerca las integraciones pendientes."),
            Map.entry("rating-3", "Desvíos moderados de costo o plazo; se pide un plan de recuperación."),
            Map.entry("rating-2", "Desvíos importantes; el equipo debe presentar medidas correctivas antes del"
                    + " próximo informe."),
            Map.entry("rating-1", "Alto riesgo de no entregar: se escala al comité de inversiones digitales."),
            Map.entry("rating-figures", " Costo %+.1f %%, plazo %+d días."),
            Map.entry("rating-silent", "Sin informe de avance desde %s; se baja la calificación hasta conocer el"
                    + " estado del proyecto."),
            Map.entry("kpi-online", "Trámites completados en línea"),
            Map.entry("kpi-online-unit", "%"),
            Map.entry("kpi-days", "Tiempo promedio de atención"),
            Map.entry("kpi-days-unit", "días"),
            Map.entry("kpi-people", "Personas que usan el servicio cada mes"),
            Map.entry("kpi-people-unit", "personas"),
            Map.entry("kpi-note", "Registros del sistema al cierre del mes."),
            Map.entry("closure-benefits", "Beneficios logrados según lo previsto: menos trámites presenciales,"
                    + " respuestas en días en lugar de semanas y menor costo de atención."),
            Map.entry("closure-benefits-short", "Beneficios por debajo de lo previsto: el despliegue tardío acortó"
                    + " los meses de uso y la adopción fue menor que la esperada."),
            Map.entry("closure-lessons", "Las entregas iterativas y la investigación con usuarios desde el inicio"
                    + " redujeron el riesgo; reutilizar la plataforma nacional ahorró meses."),
            Map.entry("closure-lessons-short", "Se subestimaron las integraciones con sistemas heredados; en"
                    + " adelante se validarán con pruebas de concepto antes de licitar."))),

    PORTUGUESE(Locale.forLanguageTag("pt-BR"), List.of(
            "Desenho do serviço validado com usuários",
            "Contrato assinado",
            "Integração com a plataforma de interoperabilidade",
            "Piloto em operação",
            "Lançamento para toda a população",
            "Passagem para a operação"), Map.ofEntries(
            Map.entry("summary", "Projeto de %s para simplificar o atendimento e reduzir custos."),
            Map.entry("phase-start", "Equipe formada e backlog priorizado; pesquisa com usuários para desenhar o"
                    + " serviço."),
            Map.entry("phase-build", "Sprints de desenvolvimento em dia; integração com os sistemas do órgão em"
                    + " andamento."),
            Map.entry("phase-pilot", "Piloto em operação com usuários reais; o serviço é ajustado conforme os"
                    + " comentários."),
            Map.entry("phase-rollout", "Implantação gradual em todo o estado; prepara-se a passagem para a"
                    + " operação."),
            Map.entry("phase-done", "Projeto concluído e passado para a operação. Relatório final com o custo real."),
            Map.entry("progress", "Avanço físico de %d %%, com gasto acumulado de %,.0f."),
            Map.entry("on-track", "Sem desvios relevantes de custo ou de prazo."),
            Map.entry("over-budget", "O custo projetado sobe por mais horas de integração com sistemas legados."),
            Map.entry("late", "A data de término atrasa por atrasos do fornecedor na segunda entrega."),
            Map.entry("milestone", "Marco atingido: %s."),
            Map.entry("correction", "Faltava uma nota fiscal do fornecedor de nuvem deste mês; o gasto é corrigido."),
            Map.entry("rebaseline", "A linha de base é ajustada à previsão atualizada, dentro da tolerância."),
            Map.entry("change-request", "Escopo maior pela integração com a identidade digital e licitação"
                    + " deserta: pede-se nova linha de base de custo e prazo."),
            Map.entry("change-authority", "O novo prazo é razoável e os riscos têm mitigação."),
            Map.entry("change-budget", "O custo maior está justificado e financiado no orçamento do próximo ano."),
            Map.entry("rating-5", "Avanço conforme o planejado e riscos sob controle."),
            Map.entry("rating-4", "Execução estável; acompanhar de perto as integrações pendentes."),
            Map.entry("rating-3", "Desvios moderados de custo ou prazo; solicita-se um plano de recuperação."),
            Map.entry("rating-2", "Desvios importantes; a equipe deve apresentar medidas corretivas antes do"
                    + " próximo relatório."),
            Map.entry("rating-1", "Alto risco de não entrega: o caso é levado ao comitê de investimentos digitais."),
            Map.entry("rating-figures", " Custo %+.1f %%, prazo %+d dias."),
            Map.entry("rating-silent", "Sem relatório de progresso desde %s; a nota baixa até que se conheça a"
                    + " situação do projeto."),
            Map.entry("kpi-online", "Serviços concluídos on-line"),
            Map.entry("kpi-online-unit", "%"),
            Map.entry("kpi-days", "Tempo médio de atendimento"),
            Map.entry("kpi-days-unit", "dias"),
            Map.entry("kpi-people", "Pessoas que usam o serviço por mês"),
            Map.entry("kpi-people-unit", "pessoas"),
            Map.entry("kpi-note", "Registros do sistema no fechamento do mês."),
            Map.entry("closure-benefits", "Benefícios alcançados conforme o previsto: menos atendimentos presenciais,"
                    + " respostas em dias em vez de semanas e menor custo de atendimento."),
            Map.entry("closure-benefits-short", "Benefícios abaixo do previsto: a implantação tardia encurtou os"
                    + " meses de uso e a adoção foi menor que a esperada."),
            Map.entry("closure-lessons", "As entregas iterativas e a pesquisa com usuários desde o início reduziram"
                    + " o risco; reutilizar a plataforma nacional poupou meses."),
            Map.entry("closure-lessons-short", "As integrações com sistemas legados foram subestimadas; daqui em"
                    + " diante serão validadas com provas de conceito antes da licitação.")));

    private final Locale locale;
    private final List<String> milestones;
    private final Map<String, String> texts;

    DemoLanguage(Locale locale, List<String> milestones, Map<String, String> texts) {
        this.locale = locale;
        this.milestones = milestones;
        this.texts = texts;
    }

    /** Rio Verde, its secretariats and its municipality write in Portuguese. */
    static DemoLanguage of(Organisation organisation) {
        String code = organisation.code();
        return code.startsWith("RV-") || code.equals("EST-RIO-VERDE") || code.equals("MUN-SAO-BENTO")
                ? PORTUGUESE : SPANISH;
    }

    /** The milestones of a typical digital project, in the order they are reached. */
    List<String> milestones() {
        return milestones;
    }

    /**
     * The text of the key, formatted with the arguments if there are any (so that "%" stays as it is). The keys
     * have hyphens, not dots: these are texts people typed, not message keys of the application.
     */
    String text(String key, Object... arguments) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no demo text " + key);
        }
        return arguments.length == 0 ? text : String.format(locale, text, arguments);
    }

    Locale locale() {
        return locale;
    }
}
