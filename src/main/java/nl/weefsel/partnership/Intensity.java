package nl.weefsel.partnership;

/**
 * How close a collaboration is, after the usual ladder of collaboration intensity. The analysis
 * uses {@link #weight()} as the tie strength.
 */
public enum Intensity {
    AWARENESS,
    COOPERATION,
    COORDINATION,
    INTEGRATION;

    /** 1 for awareness up to 4 for integration. */
    public double weight() {
        return ordinal() + 1;
    }
}
