package org.tablero.portfolio.generator;

import java.util.Random;
import org.tablero.monitoring.VarianceColour;
import org.tablero.project.Category;
import org.tablero.project.PolicyArea;

/** Plausible Spanish names and texts for the generated organisations, projects and reports. */
final class Names {

    private static final String[] PLACE_START = {"San", "Santa", "Villa", "Puerto", "Nueva", "Río", "Monte",
        "Valle", "Campo", "Cerro", "Laguna", "Playa", "Llano", "Sierra", "Costa", "Isla"};
    private static final String[] PLACE_END = {"Alegre", "Hermosa", "del Sol", "Verde", "Blanca", "del Mar",
        "Grande", "Bonita", "del Norte", "del Sur", "Clara", "Serena", "Dorada", "Florida", "Esperanza", "Azul",
        "de los Andes", "del Valle", "Real", "Nueva"};
    private static final String[] AGENCY_KIND = {"Servicio Nacional", "Instituto Nacional", "Superintendencia",
        "Dirección Nacional", "Agencia Nacional", "Fondo Nacional"};
    private static final String[] SYSTEM_KIND = {"Plataforma", "Sistema", "Portal", "Registro", "Ventanilla única",
        "Servicio en línea", "Tablero", "Aplicación móvil"};
    private static final String[] NARRATIVE_GREEN = {"Avance según lo planificado.",
        "Se cumplieron los hitos del mes sin desviaciones.", "Entrega incremental publicada; usuarios satisfechos."};
    private static final String[] NARRATIVE_YELLOW = {"Retraso menor en la integración con otros sistemas.",
        "Mayor costo de licencias; se revisa el alcance.", "Rotación del equipo; plan de recuperación en curso."};
    private static final String[] NARRATIVE_RED = {"Desviación significativa de costo y plazo; se prepara una"
        + " solicitud de cambio.", "El proveedor incumplió entregas; se evalúan sanciones.",
        "Dependencias externas bloquean el avance; escalado al comité."};

    private Names() {}

    static String area(PolicyArea area) {
        return switch (area) {
            case HEALTH -> "Salud";
            case EDUCATION -> "Educación";
            case SOCIAL_PROTECTION -> "Desarrollo Social";
            case TAX_AND_CUSTOMS -> "Hacienda";
            case JUSTICE_AND_SECURITY -> "Justicia y Seguridad";
            case TRANSPORT -> "Transporte";
            case ENVIRONMENT -> "Medio Ambiente";
            case AGRICULTURE -> "Agricultura";
            case LABOUR_AND_EMPLOYMENT -> "Trabajo";
            case BUSINESS_AND_TRADE -> "Economía y Comercio";
            case CIVIL_REGISTRY_AND_IDENTITY -> "Registro Civil";
            case PUBLIC_ADMINISTRATION -> "Gestión Pública";
        };
    }

    static String ministry(PolicyArea area, int index) {
        int round = index / PolicyArea.values().length;
        return "Ministerio de " + area(area) + (round == 0 ? "" : " " + (round + 1));
    }

    static String agency(PolicyArea area, int number) {
        return AGENCY_KIND[number % AGENCY_KIND.length] + " de " + area(area) + " " + number;
    }

    static String secretariat(PolicyArea area, String stateName) {
        return "Secretaría de " + area(area) + " del " + stateName;
    }

    /** A place name; the same index gives the same name. */
    static String place(int index) {
        int combinations = PLACE_START.length * PLACE_END.length;
        String name = PLACE_START[index % PLACE_START.length] + " "
                + PLACE_END[(index / PLACE_START.length) % PLACE_END.length];
        return index < combinations ? name : name + " " + (index / combinations + 1);
    }

    static String title(PolicyArea area, Category category, Random random) {
        String system = SYSTEM_KIND[random.nextInt(SYSTEM_KIND.length)] + " de " + area(area).toLowerCase();
        return switch (category) {
            case NEW_DEVELOPMENT -> system;
            case MODERNISATION -> "Modernización: " + system;
            case OPERATIONS_AND_MAINTENANCE -> "Operación y mantenimiento: " + system;
        };
    }

    static String summary(String title, String organisation, Random random) {
        return title + " de " + organisation + ", para simplificar los trámites, reducir costos y tiempos de"
                + " atención y reutilizar la infraestructura pública digital" + (random.nextBoolean()
                        ? " (identidad digital, interoperabilidad y pagos)." : " del Estado.");
    }

    static String narrative(VarianceColour worst, boolean completed, Random random) {
        if (completed) {
            return "Proyecto terminado y entregado a operación.";
        }
        String[] texts = switch (worst) {
            case GREEN -> NARRATIVE_GREEN;
            case YELLOW -> NARRATIVE_YELLOW;
            case RED -> NARRATIVE_RED;
        };
        return texts[random.nextInt(texts.length)];
    }

    static String ratingComment(int rating) {
        return rating >= 4 ? "Riesgo bajo: entrega conforme al plan." : rating == 3
                ? "Riesgo moderado: seguir de cerca." : "Riesgo alto: se pide un plan de recuperación.";
    }
}
