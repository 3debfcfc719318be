package org.tablero.assessment.risk;

import java.time.Instant;

/** The algorithmic transparency record of a project that uses AI (published). */
public record TransparencyRecord(
        long projectId,
        String purpose,
        String dataUsed,
        String humanOversight,
        int version,
        Instant updatedAt) {

    public boolean isComplete() {
        return present(purpose) && present(dataUsed) && present(humanOversight);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
