package nl.weefsel.coverage.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.coverage.BoundaryImportResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores area boundaries from a GeoJSON FeatureCollection (such as CBS/PDOK's wijk and gemeente
 * files) for the coverage map: each feature whose {@code code} property is the CBS code of an area
 * gives that area its geometry. Kept minimal on purpose; the exchange feature imports areas.
 */
@Component
public class BoundaryImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AreaService areas;
    private final CoverageQueries queries;

    BoundaryImport(AreaService areas, CoverageQueries queries) {
        this.areas = areas;
        this.queries = queries;
    }

    @Transactional
    public BoundaryImportResult load(InputStream geoJson, int year, String source) {
        JsonNode features = read(geoJson).path("features");
        if (!features.isArray()) {
            throw new InvalidInputException("boundaries", "is not a GeoJSON FeatureCollection");
        }
        Map<String, Area> byCode = queries.areas().stream().filter(area -> area.code() != null)
                .collect(Collectors.toMap(area -> area.code().toUpperCase(Locale.ROOT), Function.identity()));
        int loaded = 0;
        List<String> unknown = new ArrayList<>();
        for (JsonNode feature : features) {
            String code = feature.path("properties").path("code").asString("").toUpperCase(Locale.ROOT);
            JsonNode geometry = feature.path("geometry");
            Area area = byCode.get(code);
            if (area == null || !geometry.isObject()) {
                unknown.add(code);
                continue;
            }
            JsonNode properties = feature.path("properties");
            int featureYear = properties.path("boundary_year").asInt(properties.path("year").asInt(year));
            areas.setBoundary(area.id(), JSON.writeValueAsString(geometry), featureYear, source);
            loaded++;
        }
        return new BoundaryImportResult(loaded, unknown);
    }

    private static JsonNode read(InputStream in) {
        try {
            return JSON.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidInputException("boundaries", "is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
