package nl.weefsel.coverage.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.weefsel.coverage.AreaBoundary;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns stored boundaries into one GeoJSON FeatureCollection for the map. A stored boundary may be
 * a geometry, a feature or a feature collection (imports differ); one that cannot be read is left out.
 */
final class MapFeatures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MapFeatures() {
    }

    /**
     * @param properties per area id: the feature's properties ({@code id}, {@code colour}, {@code tooltip})
     */
    static Map<String, Object> of(List<AreaBoundary> boundaries, Function<String, Map<String, Object>> properties) {
        List<Object> features = new ArrayList<>();
        for (AreaBoundary boundary : boundaries) {
            geometry(boundary.geoJson()).ifPresent(geometry -> {
                Map<String, Object> feature = new LinkedHashMap<>();
                feature.put("type", "Feature");
                feature.put("geometry", geometry);
                feature.put("properties", properties.apply(boundary.areaId()));
                features.add(feature);
            });
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    static Optional<JsonNode> geometry(String geoJson) {
        try {
            JsonNode node = JSON.readTree(geoJson);
            return switch (node.path("type").asString("")) {
                case "Feature" -> Optional.of(node.path("geometry")).filter(JsonNode::isObject);
                case "FeatureCollection" -> {
                    var collection = JSON.createObjectNode().put("type", "GeometryCollection");
                    var geometries = collection.putArray("geometries");
                    node.path("features").forEach(feature -> geometries.add(feature.path("geometry")));
                    yield Optional.of(collection);
                }
                case "" -> Optional.empty();
                default -> Optional.of(node);
            };
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
