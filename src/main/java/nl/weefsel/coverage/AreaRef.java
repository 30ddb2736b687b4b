package nl.weefsel.coverage;

import nl.weefsel.area.Area;
import nl.weefsel.area.AreaLevel;
import org.jspecify.annotations.Nullable;

/** An area as a finding names it, with the population it is weighed by. */
public record AreaRef(String id, @Nullable String code, String name, AreaLevel level,
                      @Nullable Integer population, @Nullable Integer populationYear) {

    public static AreaRef of(Area area) {
        return new AreaRef(area.id(), area.code(), area.name(), area.level(), area.population(), area.populationYear());
    }

    /** "Delfshaven (WK059903)", or only the name where there is no code. */
    public String label() {
        return code == null ? name : name + " (" + code + ")";
    }
}
