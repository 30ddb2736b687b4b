package nl.weefsel.impact;

/** What a measurement moment is: the baseline (nulmeting) others are compared with, or a later count. */
public enum MomentKind {
    /** nulmeting */
    BASELINE,
    /** after a block of lessons or a project phase */
    BLOCK,
    /** a quarterly count */
    QUARTER,
    /** the end of a school year or trajectory */
    YEAR
}
