package nl.weefsel.coverage.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.weefsel.area.Area;
import nl.weefsel.coverage.NeedRef;
import nl.weefsel.coverage.Subject;
import nl.weefsel.coverage.SubjectKind;
import nl.weefsel.coverage.WhiteSpot;
import nl.weefsel.coverage.WhiteSpotKind;
import nl.weefsel.initiative.Need;

/**
 * Finds white spots: unanswered needs, and roles, disciplines and target groups nobody covers in
 * an area. A missing subject is listed in the largest area that lacks it entirely, and not in
 * areas without inhabitants (there is nobody to serve there).
 */
public final class WhiteSpots {

    /**
     * Unanswered needs first, the longest waiting first; then missing subjects that open needs ask
     * for (most needs first); then by inhabitants (unknown last), kind, subject and area.
     */
    public static final Comparator<WhiteSpot> RANKING = Comparator
            .comparing((WhiteSpot spot) -> spot.kind() != WhiteSpotKind.UNANSWERED_NEED)
            .thenComparing(spot -> spot.need() == null ? null : spot.need().heardOn(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(spot -> spot.openNeeds().size(), Comparator.reverseOrder())
            .thenComparing(spot -> spot.area().population(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(WhiteSpot::kind)
            .thenComparing(spot -> spot.subject() == null ? "" : spot.subject().key())
            .thenComparing(spot -> spot.area().name(), String.CASE_INSENSITIVE_ORDER);

    private final AreaTree tree;
    private final Coverage coverage;

    public WhiteSpots(AreaTree tree, Coverage coverage) {
        this.tree = tree;
        this.coverage = coverage;
    }

    /** The white spots listed in these areas, ranked. */
    public List<WhiteSpot> in(Collection<String> areaIds) {
        List<WhiteSpot> spots = new ArrayList<>();
        for (String areaId : areaIds) {
            coverage.unansweredNeeds().stream().filter(need -> need.areaId().equals(areaId))
                    .forEach(need -> spots.add(new WhiteSpot(WhiteSpotKind.UNANSWERED_NEED, tree.ref(areaId), null,
                            ref(need), List.of())));
            Area area = tree.get(areaId);
            if (Integer.valueOf(0).equals(area.population())) {
                continue;
            }
            Optional<Area> parent = tree.parent(areaId);
            for (Subject subject : coverage.subjects()) {
                if (coverage.isGap(areaId, subject) && parent.map(p -> !coverage.isGap(p.id(), subject)).orElse(true)) {
                    spots.add(new WhiteSpot(kind(subject), tree.ref(areaId), subject, null,
                            coverage.unansweredIn(areaId, subject).stream().map(WhiteSpots::ref).toList()));
                }
            }
        }
        spots.sort(RANKING);
        return spots;
    }

    static NeedRef ref(Need need) {
        return new NeedRef(need.id(), need.title(), need.heardOn());
    }

    private static WhiteSpotKind kind(Subject subject) {
        return subject.kind() == SubjectKind.ROLE ? WhiteSpotKind.ROLE
                : subject.kind() == SubjectKind.DISCIPLINE ? WhiteSpotKind.DISCIPLINE
                : WhiteSpotKind.TARGET_GROUP;
    }
}
