package nl.weefsel.exchange.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.weefsel.actor.Actor;
import nl.weefsel.partnership.Partnership;
import nl.weefsel.role.RoleAssignment;
import org.jspecify.annotations.Nullable;

/** Flattens an extract into the nodes and edges of the graph files. */
final class ExportNetworks {

    private ExportNetworks() {
    }

    static ExportNetwork of(NetworkExtract.Extract extract) {
        String title = extract.scope() == null ? "Weefsel" : "Weefsel – " + extract.scope().label();
        Map<String, List<RoleAssignment>> roles = extract.assignments().stream()
                .collect(Collectors.groupingBy(RoleAssignment::actorId));
        List<ExportNetwork.Node> nodes = extract.actors().stream()
                .map(actor -> new ExportNetwork.Node(actor.id(), actor.name(),
                        nodeAttributes(actor, roles.getOrDefault(actor.id(), List.of()), extract)))
                .toList();
        Stream<ExportNetwork.Edge> ties = extract.ties().stream().map(ExportNetworks::edge);
        Stream<ExportNetwork.Edge> affiliations = extract.actors().stream()
                .filter(actor -> actor.affiliationId() != null && extract.actorsById().containsKey(actor.affiliationId()))
                .map(actor -> new ExportNetwork.Edge("member-" + actor.id(), actor.id(), actor.affiliationId(), 1, null, null,
                        Map.of("kind", "MEMBER_OF", "confirmed", "true")));
        return new ExportNetwork(title, nodes, Stream.concat(ties, affiliations).toList());
    }

    private static Map<String, String> nodeAttributes(Actor actor, List<RoleAssignment> roles, NetworkExtract.Extract extract) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", actor.kind().name());
        put(values, "schoolType", actor.schoolType());
        put(values, "description", actor.description());
        put(values, "website", actor.website());
        put(values, "kvkNumber", actor.kvkNumber());
        put(values, "locatedIn", extract.areaName(actor.locatedInId()));
        put(values, "locatedInCode", extract.areaCode(actor.locatedInId()));
        put(values, "activeIn", join(actor.activeInIds().stream().map(extract::areaName).toList()));
        put(values, "disciplines", join(actor.disciplines().stream().map(Enum::name).toList()));
        put(values, "targetGroups", join(actor.targetGroups().stream().map(Enum::name).toList()));
        put(values, "roles", join(roles.stream().map(held -> extract.roles().get(held.roleId()).key() + "@"
                + extract.areaName(held.areaId())).toList()));
        put(values, "createdBy", actor.audit().createdBy());
        put(values, "createdAt", actor.audit().createdAt());
        put(values, "updatedBy", actor.audit().updatedBy());
        put(values, "updatedAt", actor.audit().updatedAt());
        return values;
    }

    private static ExportNetwork.Edge edge(Partnership tie) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", tie.kind().name());
        values.put("intensity", tie.intensity().name());
        values.put("writtenAgreement", String.valueOf(tie.writtenAgreement()));
        values.put("fixedContactPerson", String.valueOf(tie.fixedContactPerson()));
        values.put("confirmed", String.valueOf(tie.confirmed()));
        put(values, "validFrom", tie.validity().from());
        put(values, "validUntil", tie.validity().until());
        put(values, "source", tie.provenance().source());
        put(values, "assertedBy", tie.provenance().assertedBy());
        put(values, "assertedAt", tie.provenance().assertedAt());
        put(values, "note", tie.note());
        return new ExportNetwork.Edge(tie.id(), tie.fromActorId(), tie.toActorId(), tie.intensity().weight(),
                tie.validity().from(), tie.validity().until(), values);
    }

    private static void put(Map<String, String> values, String key, @Nullable Object value) {
        String text = switch (value) {
            case null -> "";
            case Instant instant -> instant.toString();
            default -> value.toString();
        };
        if (!text.isEmpty()) {
            values.put(key, text);
        }
    }

    private static String join(Collection<String> values) {
        return values.stream().filter(value -> !value.isEmpty()).sorted().collect(Collectors.joining(";"));
    }
}
