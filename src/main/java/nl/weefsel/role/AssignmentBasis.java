package nl.weefsel.role;

/**
 * On what grounds an actor holds a role in an area. The order is the strength of the claim: two
 * {@code ASSIGNED} holders of one role in one area clash hardest.
 */
public enum AssignmentBasis {
    /** Formally assigned, e.g. by the municipality in a subsidy decision or agreement. */
    ASSIGNED,
    /** Done in fact, without a formal assignment. */
    PRACTISED,
    /** Claimed by the actor, not (yet) seen in practice or confirmed. */
    CLAIMED
}
