package nl.weefsel.security;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The areas in which someone may change records in bulk, worked out once so that a sheet of
 * 100,000 rows can be checked row by row without a query per row: everywhere (an administrator),
 * the areas in or under a coordinator's territories, or nowhere.
 */
public final class TerritoryScope {

    private static final TerritoryScope EVERYWHERE = new TerritoryScope(true, Set.of());
    private static final TerritoryScope NOWHERE = new TerritoryScope(false, Set.of());

    private final boolean everywhere;
    private final Set<String> areaIds;

    private TerritoryScope(boolean everywhere, Set<String> areaIds) {
        this.everywhere = everywhere;
        this.areaIds = areaIds;
    }

    public static TerritoryScope everywhere() {
        return EVERYWHERE;
    }

    public static TerritoryScope nowhere() {
        return NOWHERE;
    }

    public static TerritoryScope of(Collection<String> areaIds) {
        return new TerritoryScope(false, Set.copyOf(areaIds));
    }

    public boolean isEverywhere() {
        return everywhere;
    }

    public boolean covers(@Nullable String areaId) {
        return everywhere || areaId != null && areaIds.contains(areaId);
    }

    /** Whether it covers any of the areas, as a coordinator covers an actor located or active in their territory. */
    public boolean coversAny(@Nullable String locatedInId, Collection<String> activeInIds) {
        return covers(locatedInId) || activeInIds.stream().anyMatch(this::covers);
    }

    @Override
    public String toString() {
        return everywhere ? "everywhere" : areaIds.size() + " areas";
    }
}
