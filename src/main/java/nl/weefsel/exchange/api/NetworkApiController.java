package nl.weefsel.exchange.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.weefsel.actor.ActorFilter;
import nl.weefsel.actor.ActorService;
import nl.weefsel.area.AreaService;
import nl.weefsel.network.NetworkFilter;
import nl.weefsel.network.NetworkService;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/network} and {@code /api/v1/actors}: the network as of a day, for one area or all. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class NetworkApiController {

    private final NetworkService network;
    private final ActorService actors;
    private final AreaService areas;

    NetworkApiController(NetworkService network, ActorService actors, AreaService areas) {
        this.network = network;
        this.actors = actors;
        this.areas = areas;
    }

    @GetMapping("/network")
    ApiRecords.NetworkAnswer network(@RequestParam(required = false) @Nullable String area,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        var snapshot = network.snapshot(new NetworkFilter(AreaCodes.idOf(areas, area), day, Set.of(), Set.of()));
        var codes = new AreaCodes(areas);
        return new ApiRecords.NetworkAnswer(area, day,
                snapshot.nodes().stream().map(node -> new ApiRecords.Node(node.id(), node.label(), node.kind().name(),
                        codes.code(node.locatedInId()), node.degree())).toList(),
                snapshot.edges().stream().map(edge -> new ApiRecords.Edge(edge.id(), edge.sourceId(), edge.targetId(),
                        edge.isAffiliation() ? "MEMBER_OF" : edge.kind().name(),
                        edge.intensity() == null ? null : edge.intensity().name(), edge.confirmed())).toList(),
                "Weefsel; area codes and names: Bron: CBS");
    }

    @GetMapping("/actors")
    List<ApiRecords.ActorAnswer> actors(@RequestParam(required = false) @Nullable String area) {
        var codes = new AreaCodes(areas);
        return actors.list(new ActorFilter(null, Set.of(), AreaCodes.idOf(areas, area))).stream()
                .map(actor -> new ApiRecords.ActorAnswer(actor.id(), actor.name(), actor.kind().name(),
                        actor.schoolType() == null ? null : actor.schoolType().name(), actor.website(),
                        codes.code(actor.locatedInId()),
                        actor.activeInIds().stream().map(codes::code).sorted().toList(),
                        actor.disciplines().stream().map(Enum::name).sorted().toList(),
                        actor.targetGroups().stream().map(Enum::name).sorted().toList(), actor.audit().updatedAt()))
                .toList();
    }
}
