package nl.weefsel.area;

import nl.weefsel.base.Audit;
import org.jspecify.annotations.Nullable;

/**
 * An area as the rest of Weefsel sees it.
 *
 * @param population       inhabitants, with the year of the count and its source (e.g. "CBS")
 * @param parentId         the area it lies in; {@code null} for the top of the hierarchy
 */
public record Area(String id, AreaLevel level, @Nullable String code, String name,
                   @Nullable Integer population, @Nullable Integer populationYear, @Nullable String populationSource,
                   @Nullable String parentId, long version, Audit audit) {

    /** "Delfshaven (WK059903)", or only the name where there is no code. */
    public String label() {
        return code == null ? name : name + " (" + code + ")";
    }
}
