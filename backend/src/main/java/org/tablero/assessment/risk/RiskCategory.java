package org.tablero.assessment.risk;

/** What a risk is about (domain.md, "Risk assessment"). */
public enum RiskCategory {
    CYBERSECURITY,
    PERSONAL_DATA_PROTECTION,
    /** Ethical use of data and algorithms / AI: a project that uses AI must carry at least one. */
    ETHICS_AND_AI,
    DELIVERY_AND_SCHEDULE,
    FINANCIAL,
    VENDOR_LOCK_IN,
    LEGAL_AND_REGULATORY,
    SKILLS_AND_CAPACITY,
    ADOPTION,
    ENVIRONMENTAL;

    /**
     * Whether the public sees only how many risks of this category there are by level, not their description
     * and mitigation (domain.md, "Open by default").
     */
    public boolean isWithheldFromPublic() {
        return this == CYBERSECURITY;
    }
}
