package nl.weefsel.coverage;

/** What a coverage figure counts holders of. */
public enum SubjectKind {
    /** a role of the taxonomy; holders are the actors with a current role assignment */
    ROLE,
    /** a discipline; holders are the actors and active initiatives that offer it */
    DISCIPLINE,
    /** a target group; holders are the actors and active initiatives that serve it */
    TARGET_GROUP
}
