package nl.weefsel.initiative;

public enum NeedStatus {
    /** heard, nothing answers it yet */
    OPEN,
    /** an initiative or actor answers it */
    ANSWERED,
    /** no longer relevant */
    CLOSED
}
