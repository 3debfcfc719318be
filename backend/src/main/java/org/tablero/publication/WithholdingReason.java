package org.tablero.publication;

/** Why a value is withheld from the public (domain.md, "Open by default"). */
public enum WithholdingReason {
    /** Descriptions and mitigations of cybersecurity risks: only their count by level is published. */
    CYBERSECURITY("cybersecurity risk details are not published"),
    /** Names and contacts of people: the public sees roles and organisations. */
    PERSONAL_DATA("personal data"),
    /** A field the digital authority marked confidential, with its legal ground. */
    CONFIDENTIAL(null);

    private final String ground;

    WithholdingReason(String ground) {
        this.ground = ground;
    }

    /** The ground the public reads for a rule of domain.md; null for {@link #CONFIDENTIAL}, whose ground is typed. */
    public String fixedGround() {
        return ground;
    }
}
