package nl.weefsel.coverage;

import nl.weefsel.base.Discipline;
import nl.weefsel.base.TargetGroup;

/**
 * A role, discipline or target group that an area can be covered for.
 *
 * @param key the role's key (e.g. {@code OUT_OF_SCHOOL_EDUCATION}) or the enum value's name
 */
public record Subject(SubjectKind kind, String key) {

    public static Subject role(String roleKey) {
        return new Subject(SubjectKind.ROLE, roleKey);
    }

    public static Subject of(Discipline discipline) {
        return new Subject(SubjectKind.DISCIPLINE, discipline.name());
    }

    public static Subject of(TargetGroup group) {
        return new Subject(SubjectKind.TARGET_GROUP, group.name());
    }
}
