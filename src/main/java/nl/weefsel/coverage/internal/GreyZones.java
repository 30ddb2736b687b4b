package nl.weefsel.coverage.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.weefsel.coverage.GreyZone;
import nl.weefsel.coverage.GreyZoneSeverity;
import nl.weefsel.coverage.Holder;
import nl.weefsel.coverage.RoleRef;
import nl.weefsel.role.AssignmentBasis;
import nl.weefsel.role.Role;

/**
 * Finds grey zones: an area × role with more than one current holder (own or inherited). A zone is
 * listed in the largest area where its holders meet: an area whose holders of the role, with their
 * bases, are the same as its parent's adds nothing new and is left out.
 */
public final class GreyZones {

    /** Hardest first; then more holders, more inhabitants, and by name. */
    public static final Comparator<GreyZone> RANKING = Comparator.comparing(GreyZone::severity)
            .thenComparing(zone -> zone.holders().size(), Comparator.reverseOrder())
            .thenComparing(zone -> zone.area().population(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(zone -> zone.area().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(zone -> zone.role().nameNl(), String.CASE_INSENSITIVE_ORDER);

    private final AreaTree tree;
    private final Holders holders;
    private final Map<String, Role> roles;

    public GreyZones(NetworkData data, AreaTree tree, Holders holders) {
        this.tree = tree;
        this.holders = holders;
        this.roles = data.rolesById();
    }

    public static GreyZoneSeverity severity(List<Holder> holders) {
        long assigned = holders.stream().filter(holder -> holder.basis() == AssignmentBasis.ASSIGNED).count();
        return assigned >= 2 ? GreyZoneSeverity.ASSIGNED_CLASH
                : assigned == 1 ? GreyZoneSeverity.ASSIGNED_VS_PRACTISED
                : GreyZoneSeverity.PRACTISED_OR_CLAIMED_ONLY;
    }

    /** The grey zones listed in these areas, ranked. */
    public List<GreyZone> in(Collection<String> areaIds) {
        return areaIds.stream().flatMap(areaId -> listedIn(areaId).stream()).sorted(RANKING).toList();
    }

    private List<GreyZone> listedIn(String areaId) {
        Map<String, List<Holder>> here = holders.in(areaId);
        Map<String, List<Holder>> atParent = tree.parent(areaId).map(parent -> holders.in(parent.id())).orElse(Map.of());
        return here.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .filter(entry -> !signature(entry.getValue()).equals(signature(atParent.getOrDefault(entry.getKey(), List.of()))))
                .map(entry -> new GreyZone(tree.ref(areaId), RoleRef.of(Objects.requireNonNull(roles.get(entry.getKey()))),
                        severity(entry.getValue()), entry.getValue()))
                .toList();
    }

    private static Map<String, AssignmentBasis> signature(List<Holder> holders) {
        return holders.stream().collect(Collectors.toMap(holder -> holder.actor().id(), Holder::basis));
    }
}
