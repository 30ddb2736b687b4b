package nl.weefsel.impact;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The questions of KC-R's Wat–Hoe–Wanneer frame (seed 002, "Reflectievragen" per school group).
 * Some conditions the network already knows; those are {@linkplain #derived() derived} and shown
 * with their source instead of being asked.
 */
public enum ChecklistItem {
    // Wat: effects
    RECOGNITION(Dimension.WHAT, false, SchoolGroup.BO),
    LANGUAGE_AND_EXPRESSION(Dimension.WHAT, false, SchoolGroup.BO, SchoolGroup.GO),
    CITIZENSHIP_AND_NEIGHBOURHOOD(Dimension.WHAT, false, SchoolGroup.BO, SchoolGroup.GO),
    EMOTION_REGULATION(Dimension.WHAT, false, SchoolGroup.GO),
    SELF_CONFIDENCE(Dimension.WHAT, false, SchoolGroup.GO, SchoolGroup.VO_MBO),
    OWNERSHIP_AND_PRIDE(Dimension.WHAT, false, SchoolGroup.values()),
    CRAFTSMANSHIP(Dimension.WHAT, false, SchoolGroup.BO, SchoolGroup.VO_MBO),
    COMMUNITY_AND_NETWORK(Dimension.WHAT, false, SchoolGroup.VO_MBO),
    // Hoe: conditions
    FIXED_FACES(Dimension.HOW, true, SchoolGroup.values()),
    WRITTEN_AGREEMENT(Dimension.HOW, true, SchoolGroup.values()),
    CLEAR_ROLE_DIVISION(Dimension.HOW, false, SchoolGroup.values()),
    PREPARATION(Dimension.HOW, false, SchoolGroup.values()),
    PARENT_COMMUNICATION(Dimension.HOW, false, SchoolGroup.values()),
    LOGISTICS(Dimension.HOW, false, SchoolGroup.values()),
    // Wanneer & waar: durability
    ANNUAL_CYCLE(Dimension.WHEN, false, SchoolGroup.values()),
    CONTINUITY_WITH_BACKUP(Dimension.WHEN, true, SchoolGroup.values()),
    CYCLICAL_MONITORING(Dimension.WHEN, true, SchoolGroup.values()),
    SCHOOL_PLAN_EMBEDDING(Dimension.WHEN, false, SchoolGroup.values());

    private final Dimension dimension;
    private final boolean derived;
    private final Set<SchoolGroup> groups;

    ChecklistItem(Dimension dimension, boolean derived, SchoolGroup... groups) {
        this.dimension = dimension;
        this.derived = derived;
        this.groups = EnumSet.copyOf(Arrays.asList(groups));
    }

    public Dimension dimension() {
        return dimension;
    }

    /** Filled in from what the network knows; not editable. */
    public boolean derived() {
        return derived;
    }

    public static List<ChecklistItem> of(SchoolGroup group) {
        return Arrays.stream(values()).filter(item -> item.groups.contains(group)).toList();
    }
}
