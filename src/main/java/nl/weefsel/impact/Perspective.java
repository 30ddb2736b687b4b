package nl.weefsel.impact;

/** Whose voice a story or quote gives: the perspectives of KC-R's and SKVR's evaluations. */
public enum Perspective {
    PARTICIPANT,
    TEACHER_ICC,
    ART_TEACHER,
    PARENT,
    SCHOOL_LEADER,
    PARTNER,
    SCOUT
}
