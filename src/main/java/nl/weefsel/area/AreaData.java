package nl.weefsel.area;

import org.jspecify.annotations.Nullable;

/** What a user or an import supplies to create or change an area. */
public record AreaData(AreaLevel level, @Nullable String code, String name,
                       @Nullable Integer population, @Nullable Integer populationYear, @Nullable String populationSource,
                       @Nullable String parentId) {

    public static AreaData of(AreaLevel level, @Nullable String code, String name, @Nullable String parentId) {
        return new AreaData(level, code, name, null, null, null, parentId);
    }

    public AreaData withPopulation(int population, int year, String source) {
        return new AreaData(level, code, name, population, year, source, parentId);
    }
}
