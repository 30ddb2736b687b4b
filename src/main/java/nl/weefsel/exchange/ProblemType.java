package nl.weefsel.exchange;

/** What can be wrong with a cell of an imported sheet; the views show {@code import.problem.<NAME>}. */
public enum ProblemType {
    REQUIRED,
    TOO_LONG,
    UNKNOWN_AREA,
    UNKNOWN_KIND,
    UNKNOWN_VALUE,
    BAD_DATE,
    DATES_REVERSED,
    BAD_YES_NO,
    BAD_KVK,
    BAD_WEBSITE,
    NOT_A_SCHOOL,
    DUPLICATE,
    ALREADY_EXISTS,
    UNKNOWN_ACTOR,
    AMBIGUOUS_ACTOR,
    UNKNOWN_ROLE,
    SAME_ACTOR,
    OUTSIDE_TERRITORY
}
