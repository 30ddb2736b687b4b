package nl.weefsel.area;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The levels of the Dutch area hierarchy, from large to small, with the CBS code pattern where
 * CBS assigns codes (GM0599, WK059903, BU05990110; PV28 for provinces).
 */
public enum AreaLevel {
    PROVINCE("PV\\d{2}"),
    REGION(null),
    MUNICIPALITY("GM\\d{4}"),
    DISTRICT(null),
    WIJK("WK\\d{6}"),
    BUURT("BU\\d{8}"),
    KERN(null);

    private final Optional<Pattern> codePattern;

    AreaLevel(String codePattern) {
        this.codePattern = Optional.ofNullable(codePattern).map(Pattern::compile);
    }

    /** The CBS code pattern for this level; empty where CBS assigns no codes. */
    public Optional<Pattern> codePattern() {
        return codePattern;
    }

    /** Whether an area of this level may lie inside an area of {@code parent}'s level. */
    public boolean mayLieIn(AreaLevel parent) {
        return parent.ordinal() < ordinal();
    }
}
