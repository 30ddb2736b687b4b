package nl.weefsel.coverage;

import org.jspecify.annotations.Nullable;

/** An area's boundary as stored: GeoJSON (a geometry, a feature or a feature collection), its year and source. */
public record AreaBoundary(String areaId, String geoJson, @Nullable Integer year, @Nullable String source) {
}
