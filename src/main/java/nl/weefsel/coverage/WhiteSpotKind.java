package nl.weefsel.coverage;

/** What is missing; the first is the sharpest. */
public enum WhiteSpotKind {
    /** an open need that no initiative or actor answers */
    UNANSWERED_NEED,
    /** nobody holds the role */
    ROLE,
    /** nobody offers the discipline */
    DISCIPLINE,
    /** nobody serves the target group */
    TARGET_GROUP
}
