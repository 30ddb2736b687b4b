package nl.weefsel.coverage;

/** The kinds of continuity risk, in the order they are listed when equally large. */
public enum ContinuityRiskKind {
    /** an actor whose loss splits the network: the actors behind it are cut off */
    ARTICULATION_POINT,
    /** a tie whose end splits the network (ties to an actor with no other tie are listed with their articulation point) */
    BRIDGE,
    /** a school whose every tie runs to one actor */
    SCHOOL_SINGLE_LINK,
    /** a school with no tie to any out-of-school provider */
    SCHOOL_WITHOUT_OUT_OF_SCHOOL_TIE,
    /** a school with ties to out-of-school providers, none of them with a written agreement */
    SCHOOL_TIES_WITHOUT_AGREEMENT,
    /** a tie carried by a fixed contact person of an organisation that has only one known person: no back-up */
    FIXED_CONTACT_WITHOUT_BACKUP,
    /** an actor whose contacts mostly know each other: a closed circle with little reach beyond it */
    HIGH_CONSTRAINT
}
