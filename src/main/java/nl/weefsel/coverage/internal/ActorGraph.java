package nl.weefsel.coverage.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weefsel.actor.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The actors and their ties as an undirected simple graph: several ties between two actors are
 * one edge here, and remember their ids. Answers "what is cut off if this actor or tie goes".
 */
final class ActorGraph {

    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> ties = new LinkedHashMap<>();

    ActorGraph(NetworkData data) {
        data.actors().forEach(actor -> {
            actors.put(actor.id(), actor);
            ties.put(actor.id(), new LinkedHashMap<>());
        });
        for (Tie tie : data.ties()) {
            if (ties.containsKey(tie.firstId()) && ties.containsKey(tie.secondId()) && !tie.firstId().equals(tie.secondId())) {
                ties.get(tie.firstId()).computeIfAbsent(tie.secondId(), key -> new ArrayList<>()).add(tie.id());
                ties.get(tie.secondId()).computeIfAbsent(tie.firstId(), key -> new ArrayList<>()).add(tie.id());
            }
        }
    }

    List<String> nodes() {
        return List.copyOf(actors.keySet());
    }

    List<List<String>> edges() {
        List<List<String>> edges = new ArrayList<>();
        ties.forEach((a, neighbours) -> neighbours.keySet().stream().filter(b -> a.compareTo(b) < 0)
                .forEach(b -> edges.add(List.of(a, b))));
        return edges;
    }

    Actor actor(String id) {
        return actors.get(id);
    }

    Set<String> neighbours(String id) {
        return ties.getOrDefault(id, Map.of()).keySet();
    }

    List<String> tieIds(String a, String b) {
        return ties.getOrDefault(a, Map.of()).getOrDefault(b, List.of());
    }

    boolean adjacent(String a, String b) {
        return ties.getOrDefault(a, Map.of()).containsKey(b);
    }

    /** The pieces the actor's component falls into without it, except the largest: those are cut off. */
    List<String> cutOffWithout(String removed) {
        List<Set<String>> pieces = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(removed));
        for (String start : neighbours(removed)) {
            if (!seen.contains(start)) {
                pieces.add(reach(start, seen, removed, null));
            }
        }
        return allButLargest(pieces);
    }

    /** The smaller side of the network when the edge between {@code a} and {@code b} is gone. */
    List<String> cutOffWithout(String a, String b) {
        Set<String> sideA = reach(a, new HashSet<>(), null, List.of(a, b));
        Set<String> sideB = reach(b, new HashSet<>(), null, List.of(a, b));
        return allButLargest(List.of(sideA, sideB));
    }

    private List<String> allButLargest(List<Set<String>> pieces) {
        List<Set<String>> ordered = new ArrayList<>(pieces);
        ordered.sort(Comparator.comparing((Set<String> piece) -> piece.size()).reversed()
                .thenComparing(piece -> piece.stream().map(id -> actors.get(id).name()).min(String::compareTo).orElse("")));
        return ordered.stream().skip(1).flatMap(Set::stream)
                .sorted(Comparator.comparing(id -> actors.get(id).name(), String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private Set<String> reach(String start, Set<String> seen, @Nullable String skipNode, @Nullable List<String> skipEdge) {
        Set<String> piece = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        seen.add(start);
        while (!queue.isEmpty()) {
            String next = queue.poll();
            piece.add(next);
            for (String neighbour : neighbours(next)) {
                boolean skipped = neighbour.equals(skipNode)
                        || (skipEdge != null && skipEdge.contains(next) && skipEdge.contains(neighbour));
                if (!skipped && seen.add(neighbour)) {
                    queue.add(neighbour);
                }
            }
        }
        return piece;
    }
}
