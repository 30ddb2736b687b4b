package nl.weefsel.coverage.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.weefsel.area.Area;
import nl.weefsel.coverage.AreaRef;

/** The area hierarchy in memory: parents, children, ancestors and descendants by id. */
public final class AreaTree {

    private final Map<String, Area> byId = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    public AreaTree(Collection<Area> areas) {
        areas.forEach(area -> byId.put(area.id(), area));
        for (Area area : areas) {
            if (area.parentId() != null && byId.containsKey(area.parentId())) {
                children.computeIfAbsent(area.parentId(), key -> new ArrayList<>()).add(area.id());
            }
        }
    }

    public Collection<Area> all() {
        return byId.values();
    }

    public Optional<Area> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Area get(String id) {
        Area area = byId.get(id);
        if (area == null) {
            throw new IllegalArgumentException("unknown area " + id);
        }
        return area;
    }

    public AreaRef ref(String id) {
        return AreaRef.of(get(id));
    }

    public Optional<Area> parent(String id) {
        String parentId = get(id).parentId();
        return parentId == null ? Optional.empty() : Optional.ofNullable(byId.get(parentId));
    }

    public List<Area> children(String id) {
        return children.getOrDefault(id, List.of()).stream().map(byId::get).toList();
    }

    /** The areas it lies in, nearest first, without itself. */
    public List<String> ancestors(String id) {
        List<String> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(); // a cycle in bad data must not hang the computation
        String current = get(id).parentId();
        while (current != null && byId.containsKey(current) && seen.add(current)) {
            result.add(current);
            current = byId.get(current).parentId();
        }
        return result;
    }

    /** The area and every area inside it. */
    public Set<String> selfAndDescendants(String id) {
        Set<String> result = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(id));
        while (!queue.isEmpty()) {
            String next = queue.removeLast();
            if (result.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    /**
     * The area, the areas inside it and the areas it lies in: every area whose findings a change
     * there touches, and every area whose grey zones and white spots reach it.
     */
    public Set<String> reaching(String id) {
        return affectedBy(id);
    }

    /** The area, the areas inside it and the areas it lies in: every area whose findings a change there touches. */
    public Set<String> affectedBy(String id) {
        Set<String> result = new LinkedHashSet<>(ancestors(id));
        result.addAll(selfAndDescendants(id));
        return result;
    }
}
