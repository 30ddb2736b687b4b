package nl.weefsel.impact;

import nl.weefsel.actor.SchoolType;
import org.jspecify.annotations.Nullable;

/** The three groups KC-R's research gives its own signals and questions: bo, go, and vo with mbo. */
public enum SchoolGroup {
    BO,
    GO,
    VO_MBO;

    /** The group of a school type; {@code null} (not a school) counts as bo, the broadest set. */
    public static SchoolGroup of(@Nullable SchoolType type) {
        return type == null ? BO : switch (type) {
            case BO -> BO;
            case GO -> GO;
            case VO, MBO -> VO_MBO;
        };
    }
}
