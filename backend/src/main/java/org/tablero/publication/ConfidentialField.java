package org.tablero.publication;

/**
 * The fields the digital authority may mark confidential, each with the kind of item it belongs to. A field of
 * the project itself has no item id (stored as 0); the others name their contract, risk or progress report.
 */
public enum ConfidentialField {
    PROJECT_SUMMARY(Item.PROJECT),
    PROCUREMENT_RATIONALE(Item.PROJECT),
    CONTRACT_SUPPLIER(Item.CONTRACT),
    CONTRACT_VALUE(Item.CONTRACT),
    RISK_DESCRIPTION(Item.RISK),
    RISK_MITIGATION(Item.RISK),
    REPORT_NARRATIVE(Item.PROGRESS_REPORT),
    VALUE_REUSE(Item.PROJECT),
    VALUE_INCLUSION(Item.PROJECT),
    VALUE_SERVICE_IMPROVEMENT(Item.PROJECT),
    VALUE_STRATEGIC_ALIGNMENT(Item.PROJECT),
    VALUE_ENERGY_AND_EMISSIONS(Item.PROJECT),
    VALUE_HARDWARE_LIFECYCLE(Item.PROJECT),
    VALUE_GREEN_BY_DESIGN(Item.PROJECT),
    CLOSURE_BENEFITS_SUMMARY(Item.PROJECT),
    CLOSURE_LESSONS_LEARNED(Item.PROJECT);

    /** What a marked field belongs to. */
    public enum Item {
        PROJECT,
        CONTRACT,
        RISK,
        PROGRESS_REPORT
    }

    private final Item item;

    ConfidentialField(Item item) {
        this.item = item;
    }

    public Item item() {
        return item;
    }
}
