package nl.weefsel.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.weefsel.area.Area;
import nl.weefsel.area.AreaService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Turns a user's territories (CBS codes such as {@code GM0599} or {@code WK059903}) into the areas
 * they cover: each named area and everything that lies in it.
 */
@Component
public class Territories {

    private final AreaService areas;

    Territories(@Lazy AreaService areas) {
        this.areas = areas;
    }

    /** Ids of every area the user's territories cover. */
    public Set<String> areaIds(UserProfile user) {
        Set<String> ids = new LinkedHashSet<>();
        for (String code : user.territoryCodes()) {
            areas.findByCode(code).ifPresent(area -> ids.addAll(areas.selfAndDescendantIds(area.id())));
        }
        return ids;
    }

    /** The named territory areas themselves, e.g. to preselect a scout's wijk. */
    public List<Area> namedAreas(UserProfile user) {
        return user.territoryCodes().stream().sorted().flatMap(code -> areas.findByCode(code).stream()).toList();
    }

    public boolean contains(UserProfile user, String areaId) {
        if (user.territoryCodes().isEmpty()) {
            return false;
        }
        List<String> lineage = areas.selfAndAncestorIds(areaId);
        return user.territoryCodes().stream().anyMatch(code -> areas.findByCode(code)
                .map(territory -> lineage.contains(territory.id())).orElse(false));
    }
}
