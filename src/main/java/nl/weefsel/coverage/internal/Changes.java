package nl.weefsel.coverage.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import nl.weefsel.actor.Actor;
import nl.weefsel.base.RecordChanged;
import nl.weefsel.initiative.Initiative;
import nl.weefsel.initiative.Need;
import nl.weefsel.role.RoleAssignment;

/**
 * The changes waiting to be recomputed: the areas they touch, whether the network of ties changed,
 * or whether everything must be recomputed (areas or roles changed, or a kind we do not know).
 */
final class Changes {

    record Batch(Set<String> areaIds, boolean network, boolean everything) {
    }

    private Set<String> areaIds = new HashSet<>();
    private boolean network;
    private boolean everything;

    synchronized void add(RecordChanged event, CoverageComputation current) {
        switch (event.kind()) {
            case "RoleAssignment" -> {
                both(event).forEach(record -> {
                    if (record instanceof RoleAssignment assignment) {
                        areaIds.add(assignment.areaId());
                    }
                });
                network = true; // the out-of-school role decides who is a provider
            }
            case "Need" -> both(event).forEach(record -> {
                if (record instanceof Need need) {
                    areaIds.add(need.areaId());
                }
            });
            case "Initiative" -> {
                both(event).forEach(record -> {
                    if (record instanceof Initiative initiative) {
                        areaIds.add(initiative.areaId());
                    }
                });
                network = true; // runners of active initiatives are providers
            }
            case "Actor" -> {
                both(event).forEach(record -> {
                    if (record instanceof Actor actor) {
                        areasOf(actor);
                    }
                });
                // its name shows wherever it holds a role or runs an initiative
                current.data().assignments().stream().filter(a -> a.actorId().equals(event.id()))
                        .forEach(a -> areaIds.add(a.areaId()));
                current.data().initiatives().stream().filter(i -> event.id().equals(i.runById()))
                        .forEach(i -> areaIds.add(i.areaId()));
                network = true;
            }
            case "Partnership" -> network = true;
            default -> everything = true;
        }
    }

    synchronized Batch take() {
        Batch batch = new Batch(Set.copyOf(areaIds), network, everything);
        areaIds = new HashSet<>();
        network = false;
        everything = false;
        return batch;
    }

    private void areasOf(Actor actor) {
        if (actor.locatedInId() != null) {
            areaIds.add(actor.locatedInId());
        }
        areaIds.addAll(actor.activeInIds());
    }

    private static Stream<Object> both(RecordChanged event) {
        return Stream.of(event.before(), event.after()).filter(java.util.Objects::nonNull).map(Object.class::cast);
    }
}
