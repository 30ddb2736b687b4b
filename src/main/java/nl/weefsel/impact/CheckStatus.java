package nl.weefsel.impact;

/** The answer to one checklist question. */
public enum CheckStatus {
    YES,
    PARTLY,
    NO,
    UNKNOWN
}
