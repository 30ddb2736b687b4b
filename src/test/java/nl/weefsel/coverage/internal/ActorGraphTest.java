package nl.weefsel.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.weefsel.actor.ActorKind;
import nl.weefsel.area.AreaLevel;
import org.junit.jupiter.api.Test;

/**
 * What an actor or a tie cuts off, answered from one depth-first search, is what the definition
 * says: the pieces of its component without it, all but the largest. Checked for every actor and
 * tie of random sparse networks (trees with a few extra ties, several components, isolated actors)
 * against a walk that follows the definition literally.
 */
class ActorGraphTest {

    @Test
    void cut_offs_follow_the_definition_for_every_actor_and_tie() {
        Random random = new Random(42);
        for (int round = 0; round < 40; round++) {
            var fixture = new Fixture();
            String area = fixture.area("A", AreaLevel.WIJK, null, 1000);
            int n = 5 + random.nextInt(60);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(fixture.actor(String.format("r%02d-%03d", round, i), ActorKind.OTHER, area));
            }
            Set<String> tied = new HashSet<>();
            for (int i = 1; i < n; i++) {
                if (random.nextInt(10) > 0) { // now and then a new component
                    tie(fixture, tied, ids.get(i), ids.get(random.nextInt(i)));
                }
            }
            for (int extra = random.nextInt(n / 3 + 1); extra > 0; extra--) {
                tie(fixture, tied, ids.get(random.nextInt(n)), ids.get(random.nextInt(n)));
            }
            var graph = new ActorGraph(fixture.data());

            for (String id : ids) {
                assertThat(graph.cutOffWithout(id)).as("without %s", id).isEqualTo(byDefinition(graph, ids, id, null));
            }
            for (List<String> edge : graph.edges()) {
                assertThat(graph.cutOffWithout(edge.get(0), edge.get(1))).as("without tie %s", edge)
                        .isEqualTo(byDefinition(graph, ids, edge.get(0), edge.get(1)));
            }
        }
    }

    private static void tie(Fixture fixture, Set<String> tied, String a, String b) {
        if (!a.equals(b) && tied.add(a.compareTo(b) < 0 ? a + b : b + a)) {
            fixture.tie(a, b);
        }
    }

    /** The pieces left when the actor (b null) or the tie a–b is gone, all but the largest, by walking. */
    private static List<String> byDefinition(ActorGraph graph, List<String> ids, String a, String b) {
        List<Set<String>> pieces = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> starts = b == null ? List.copyOf(graph.neighbours(a)) : List.of(a, b);
        if (b == null) {
            seen.add(a);
        }
        for (String start : starts) {
            if (seen.contains(start)) {
                continue;
            }
            Set<String> piece = new HashSet<>();
            var queue = new ArrayDeque<>(List.of(start));
            seen.add(start);
            while (!queue.isEmpty()) {
                String next = queue.poll();
                piece.add(next);
                for (String neighbour : graph.neighbours(next)) {
                    boolean skipped = b != null && Set.of(a, b).equals(Set.of(next, neighbour));
                    if (!skipped && seen.add(neighbour)) {
                        queue.add(neighbour);
                    }
                }
            }
            pieces.add(piece);
        }
        pieces.sort(Comparator.comparing((Set<String> piece) -> piece.size()).reversed()
                .thenComparing(piece -> piece.stream().min(String::compareTo).orElse("")));
        return pieces.stream().skip(1).flatMap(Set::stream).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
