package nl.weefsel.exchange.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.NotFoundException;
import nl.weefsel.exchange.internal.BoundaryQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/areas}: the area hierarchy with CBS codes and population, and boundaries as GeoJSON. */
@RestController
@RequestMapping(path = "/api/v1/areas", produces = "application/json")
class AreaApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AreaService areas;
    private final BoundaryQueries boundaries;

    AreaApiController(AreaService areas, BoundaryQueries boundaries) {
        this.areas = areas;
        this.boundaries = boundaries;
    }

    @GetMapping
    List<ApiRecords.AreaAnswer> all() {
        var codes = new AreaCodes(areas);
        return areas.all().stream().map(area -> answer(area, codes, List.of())).toList();
    }

    @GetMapping("/{code}")
    ApiRecords.AreaAnswer one(@PathVariable String code) {
        Area area = find(code);
        var codes = new AreaCodes(areas);
        return answer(area, codes, areas.children(area.id()).stream().map(child -> codes.code(child.id())).toList());
    }

    /** A GeoJSON Feature with the credit CBS requires wherever its boundaries are shown. */
    @GetMapping(path = "/{code}/boundary", produces = {"application/geo+json", "application/json"})
    Map<String, Object> boundary(@PathVariable String code) {
        Area area = find(code);
        String geometry = areas.boundary(area.id()).orElseThrow(() -> new NotFoundException("Boundary of area", code));
        var info = boundaries.info(area.id()).orElseThrow(() -> new NotFoundException("Boundary of area", code));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", area.code());
        properties.put("name", area.name());
        properties.put("boundaryYear", info.year());
        properties.put("attribution", info.source() + " " + info.year());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("properties", properties);
        feature.put("geometry", JSON.readValue(geometry, JsonNode.class));
        return feature;
    }

    private Area find(String code) {
        return areas.findByCode(code).orElseThrow(() -> new NotFoundException("Area", code));
    }

    private static ApiRecords.AreaAnswer answer(Area area, AreaCodes codes, List<String> children) {
        return new ApiRecords.AreaAnswer(area.code(), area.name(), area.level().name(), codes.code(area.parentId()),
                area.population(), area.populationYear(), area.populationSource(), children);
    }
}
