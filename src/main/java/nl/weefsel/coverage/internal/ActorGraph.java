package nl.weefsel.coverage.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weefsel.actor.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The actors and their ties as an undirected simple graph: several ties between two actors are
 * one edge here, and remember the ties behind it. Answers "what is cut off if this actor or tie goes".
 */
final class ActorGraph {

    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Tie>>> ties = new LinkedHashMap<>();

    ActorGraph(NetworkData data) {
        data.actors().forEach(actor -> {
            actors.put(actor.id(), actor);
            ties.put(actor.id(), new LinkedHashMap<>());
        });
        for (Tie tie : data.ties()) {
            if (ties.containsKey(tie.firstId()) && ties.containsKey(tie.secondId()) && !tie.firstId().equals(tie.secondId())) {
                ties.get(tie.firstId()).computeIfAbsent(tie.secondId(), key -> new ArrayList<>()).add(tie);
                ties.get(tie.secondId()).computeIfAbsent(tie.firstId(), key -> new ArrayList<>()).add(tie);
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
        return ties(a, b).stream().map(Tie::id).toList();
    }

    /** The ties between two actors, in the order they were given. */
    List<Tie> ties(String a, String b) {
        return ties.getOrDefault(a, Map.of()).getOrDefault(b, List.of());
    }

    boolean adjacent(String a, String b) {
        return ties.getOrDefault(a, Map.of()).containsKey(b);
    }

    /** The pieces the actor's component falls into without it, except the largest: those are cut off. */
    List<String> cutOffWithout(String removed) {
        Cuts cuts = cuts();
        Integer v = cuts.position.get(removed);
        if (v == null) {
            return List.of();
        }
        List<Piece> pieces = new ArrayList<>();
        List<int[]> gone = new ArrayList<>(List.of(new int[] {v, v + 1}));
        for (int child = v + 1; child < v + cuts.size[v]; child += cuts.size[child]) {
            if (cuts.parent[v] < 0 || cuts.low[child] >= v) { // nothing below the child reaches above the actor
                int[] range = {child, child + cuts.size[child]};
                pieces.add(cuts.piece(List.of(range)));
                gone.add(range);
            }
        }
        Piece rest = cuts.rest(cuts.root[v], gone);
        if (rest.size() > 0) {
            pieces.add(rest);
        }
        return allButLargest(pieces);
    }

    /** The smaller side of the network when the edge between {@code a} and {@code b} is gone. */
    List<String> cutOffWithout(String a, String b) {
        Cuts cuts = cuts();
        Integer pa = cuts.position.get(a);
        Integer pb = cuts.position.get(b);
        if (pa == null || pb == null) {
            return List.of();
        }
        int child = cuts.parent[pb] == pa ? pb : cuts.parent[pa] == pb ? pa : -1;
        if (child < 0 || cuts.low[child] <= cuts.parent[child]) {
            return List.of(); // no tie of the search tree, or one with a way around it: no bridge, nothing is cut off
        }
        int[] subtree = {child, child + cuts.size[child]};
        return allButLargest(List.of(cuts.piece(List.of(subtree)), cuts.rest(cuts.root[child], List.of(subtree))));
    }

    private List<String> allButLargest(List<Piece> pieces) {
        List<Piece> ordered = new ArrayList<>(pieces);
        ordered.sort(Comparator.comparingInt(Piece::size).reversed().thenComparing(this::firstName));
        return ordered.stream().skip(1).flatMap(piece -> piece.members().stream())
                .sorted(Comparator.comparing(id -> actors.get(id).name(), String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private String firstName(Piece piece) {
        return piece.members().stream().map(id -> actors.get(id).name()).min(String::compareTo).orElse("");
    }

    /** Actors that fall apart together; their list is made only when it is needed. */
    private record Piece(int size, java.util.function.Supplier<List<String>> lister) {

        List<String> members() {
            return lister.get();
        }
    }

    private @Nullable Cuts cuts;

    private Cuts cuts() {
        if (cuts == null) {
            cuts = new Cuts();
        }
        return cuts;
    }

    /**
     * One depth-first search over every component (Hopcroft–Tarjan): each actor's pre-order position,
     * the size of its subtree, which lies at the positions right after it, and its low point. What an
     * articulation point or a bridge cuts off is then a few position ranges, instead of a walk through
     * the whole component per articulation point and bridge.
     */
    private final class Cuts {

        final List<String> order = new ArrayList<>();
        final Map<String, Integer> position = new java.util.HashMap<>();
        final int[] size = new int[actors.size()];
        final int[] low = new int[actors.size()];
        final int[] parent = new int[actors.size()];
        final int[] root = new int[actors.size()];

        private record Frame(int position, java.util.Iterator<String> next) {
        }

        Cuts() {
            for (String start : actors.keySet()) {
                if (position.containsKey(start)) {
                    continue;
                }
                int top = enter(start, -1, order.size());
                Deque<Frame> stack = new ArrayDeque<>(List.of(new Frame(top, neighbours(start).iterator())));
                while (!stack.isEmpty()) {
                    Frame frame = stack.peek();
                    if (frame.next().hasNext()) {
                        String neighbour = frame.next().next();
                        Integer seen = position.get(neighbour);
                        if (seen == null) {
                            int child = enter(neighbour, frame.position(), top);
                            stack.push(new Frame(child, neighbours(neighbour).iterator()));
                        } else if (seen != parent[frame.position()]) {
                            low[frame.position()] = Math.min(low[frame.position()], seen);
                        }
                    } else {
                        stack.pop();
                        size[frame.position()] = order.size() - frame.position();
                        int up = parent[frame.position()];
                        if (up >= 0) {
                            low[up] = Math.min(low[up], low[frame.position()]);
                        }
                    }
                }
            }
        }

        private int enter(String id, int parentPosition, int rootPosition) {
            int at = order.size();
            order.add(id);
            position.put(id, at);
            low[at] = at;
            parent[at] = parentPosition;
            root[at] = rootPosition;
            return at;
        }

        Piece piece(List<int[]> ranges) {
            int count = ranges.stream().mapToInt(range -> range[1] - range[0]).sum();
            return new Piece(count, () -> ranges.stream().flatMap(range -> order.subList(range[0], range[1]).stream()).toList());
        }

        /** The component of {@code top} without the given position ranges (which lie inside it and do not overlap). */
        Piece rest(int top, List<int[]> gone) {
            List<int[]> sorted = gone.stream().sorted(Comparator.comparingInt((int[] range) -> range[0])).toList();
            List<int[]> kept = new ArrayList<>();
            int from = top;
            for (int[] range : sorted) {
                if (range[0] > from) {
                    kept.add(new int[] {from, range[0]});
                }
                from = Math.max(from, range[1]);
            }
            if (top + size[top] > from) {
                kept.add(new int[] {from, top + size[top]});
            }
            return piece(kept);
        }
    }
}
