package nl.weefsel.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weefsel.exchange.InvalidFileException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the files users download from CBS and PDOK: CSV lists of codes, names, parents and
 * population ({@code code,name,parent_code,population,year} or {@code population_year}), and
 * GeoJSON boundary files whose features carry {@code code}, {@code name}, optionally
 * {@code population_<year>} and {@code boundary_year} or {@code year}.
 */
final class AreaFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern POPULATION_YEAR = Pattern.compile("population_(\\d{4})");

    private AreaFiles() {
    }

    static List<AreaRecord> read(Path file, String fileName) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".geojson") || name.endsWith(".json") ? geoJson(file) : csv(file, fileName);
    }

    private static List<AreaRecord> csv(Path file, String fileName) throws IOException {
        List<AreaRecord> records = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        TableReader.of(file, fileName).read((number, cells) -> {
            if (columns.isEmpty()) {
                for (int i = 0; i < cells.size(); i++) {
                    columns.put(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
                }
                if (!columns.containsKey("code") || !columns.containsKey("name")) {
                    throw new InvalidFileException("the first row must name the columns code and name (as CBS lists do)");
                }
                return;
            }
            String code = cell(cells, columns, "code");
            if (code == null) {
                return;
            }
            Integer population = number(cell(cells, columns, "population"), "row " + number + ", population");
            String year = cell(cells, columns, "population_year");
            records.add(new AreaRecord(code, cell(cells, columns, "name") == null ? code : cell(cells, columns, "name"),
                    cell(cells, columns, "parent_code"), population,
                    population == null ? null : number(year != null ? year : cell(cells, columns, "year"), "row " + number + ", year"),
                    null, null));
        }, fraction -> { });
        return records;
    }

    private static List<AreaRecord> geoJson(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidFileException("malformed GeoJSON: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.path("features").isArray()) {
            throw new InvalidFileException("not a GeoJSON FeatureCollection");
        }
        List<AreaRecord> records = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode properties = feature.path("properties");
            String code = text(properties, "code");
            if (code == null) {
                continue;
            }
            Integer populationYear = null;
            Integer population = null;
            for (String property : properties.propertyNames()) {
                Matcher matcher = POPULATION_YEAR.matcher(property);
                if (matcher.matches() && properties.get(property).isIntegralNumber()
                        && (populationYear == null || Integer.parseInt(matcher.group(1)) > populationYear)) {
                    populationYear = Integer.parseInt(matcher.group(1));
                    population = properties.get(property).intValue();
                }
            }
            JsonNode year = properties.has("boundary_year") ? properties.get("boundary_year") : properties.path("year");
            JsonNode geometry = feature.path("geometry");
            records.add(new AreaRecord(code, text(properties, "name") == null ? code : text(properties, "name"),
                    parentOf(properties), population, populationYear,
                    geometry.isObject() ? JSON.writeValueAsString(geometry) : null,
                    year.isIntegralNumber() ? year.intValue() : null));
        }
        return records;
    }

    /** PDOK buurten name their wijk, wijken their gemeente, gemeenten their province ("PV28 Zuid-Holland"). */
    private static @Nullable String parentOf(JsonNode properties) {
        for (String field : List.of("parent_code", "wijk_code", "gemeente_code")) {
            if (text(properties, field) != null) {
                return text(properties, field);
            }
        }
        String province = text(properties, "province");
        return province == null ? null : province.split("\\s+")[0];
    }

    private static @Nullable String text(JsonNode properties, String field) {
        JsonNode value = properties.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue().strip() : null;
    }

    private static @Nullable String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() || cells.get(index).isBlank() ? null : cells.get(index).strip();
    }

    private static @Nullable Integer number(@Nullable String text, String where) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace(".", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new InvalidFileException(where + ": '" + text + "' is not a whole number");
        }
    }
}
