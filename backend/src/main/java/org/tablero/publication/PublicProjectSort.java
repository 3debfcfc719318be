package org.tablero.publication;

/** What the public project list can be sorted by. */
public enum PublicProjectSort {
    CODE("code"),
    TITLE("title"),
    STATUS("status"),
    LIFECYCLE_COST("lifecycleCost"),
    PLANNED_START("plannedStart"),
    PLANNED_END("plannedEnd"),
    COST_VARIANCE("costVariancePct"),
    SCHEDULE_VARIANCE("scheduleVarianceDays"),
    RATING("rating"),
    LAST_REPORT("lastReportDate"),
    UPDATED("updatedAt");

    private final String field;

    PublicProjectSort(String field) {
        this.field = field;
    }

    /** The field of {@link PublicProject} sorted by, as the API names it in {@code sort=}. */
    public String field() {
        return field;
    }
}
