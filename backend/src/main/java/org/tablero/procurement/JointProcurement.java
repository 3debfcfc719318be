package org.tablero.procurement;

/** Whether a project takes part in a joint procurement with other organisations. */
public enum JointProcurement {
    /** It buys on its own. */
    NONE,
    /** It joins a joint procurement led by another organisation. */
    JOINS,
    /** It proposes a joint procurement to other organisations. */
    PROPOSES;

    public boolean isJoint() {
        return this != NONE;
    }
}
