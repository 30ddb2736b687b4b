package nl.weefsel.base;

/** Groups the seeds name when they ask who is (not) reached. */
public enum TargetGroup {
    CHILDREN,
    YOUTH,
    LOW_INCOME,
    DISABILITIES,
    LABOUR_MIGRANTS,
    NEWCOMERS,
    ELDERLY,
    ALL_RESIDENTS
}
