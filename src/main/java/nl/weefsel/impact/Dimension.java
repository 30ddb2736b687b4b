package nl.weefsel.impact;

/** KC-R's frame: what changes, how (conditions), and when and where it lasts. */
public enum Dimension {
    /** Wat: changes and effects */
    WHAT,
    /** Hoe: working factors and conditions */
    HOW,
    /** Wanneer &amp; waar: durability and embedding */
    WHEN
}
